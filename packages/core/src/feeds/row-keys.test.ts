import { describe, it, expect } from 'vitest';
import type { ChannelStatDraft } from './channel-stat-row';
import type { CostDraft } from './cost-row';
import { createCostRowKeyer, createSnapshotRowKeyer } from './row-keys';

const cost: CostDraft = {
  line: 2,
  date: '2024-03-05',
  channel: 'WeChat',
  campaign: null,
  costType: 'media',
  amount: '100.00',
  currency: 'CNY',
  functionId: null,
  note: null,
  id: null,
};

describe('cost row keys', () => {
  it('keys identical rows by occurrence, the same way in every run', () => {
    const first = createCostRowKeyer();
    const a = [first(cost), first({ ...cost, line: 3 }), first({ ...cost, line: 4, amount: '100.01' })];
    const second = createCostRowKeyer();
    const b = [second(cost), second({ ...cost, line: 3 }), second({ ...cost, line: 4, amount: '100.01' })];
    expect(a).toEqual(b);
    const keys = a.map((r) => (r.ok ? r.rowKey : ''));
    expect(keys[0]).toMatch(/^h:[0-9a-f]{64}$/);
    expect(keys[1]).toBe(`${keys[0]}:2`);
    expect(new Set(keys).size).toBe(3);
  });

  it('uses the id column when there is one and refuses an id used twice', () => {
    const key = createCostRowKeyer();
    expect(key({ ...cost, id: 'inv-1' })).toEqual({ ok: true, rowKey: 'id:inv-1' });
    expect(key({ ...cost, id: 'inv-1', line: 7 })).toEqual({
      ok: false,
      problem: { line: 7, field: 'id', reason: 'id "inv-1" is already used on line 2' },
    });
  });

  it('does not let a value move between fields without changing the key', () => {
    const key = createCostRowKeyer();
    const one = key({ ...cost, campaign: 'a', note: null });
    const two = key({ ...cost, campaign: null, note: 'a' });
    expect(one.ok && two.ok && one.rowKey !== two.rowKey).toBe(true);
  });
});

describe('snapshot row keys', () => {
  const snap: ChannelStatDraft = { line: 2, platform: 'wechat', account: 'Acme', date: '2024-03-05', followers: 1, reads: 2, interactions: 3, posts: 0 };

  it('keys by platform, account (case ignored) and date, not by values', () => {
    const a = createSnapshotRowKeyer()(snap);
    const b = createSnapshotRowKeyer()({ ...snap, account: 'acme', reads: 99 });
    expect(a).toEqual(b);
  });

  it('refuses the same account and day twice in one file', () => {
    const key = createSnapshotRowKeyer();
    key(snap);
    expect(key({ ...snap, line: 5 })).toMatchObject({ ok: false, problem: { line: 5, field: 'date', reason: expect.stringMatching(/line 2/) } });
  });
});
