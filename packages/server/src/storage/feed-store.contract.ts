import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DomainError, type ChannelStatSnapshot, type ChannelStatStore, type CostRecord, type CostStore } from '@marketops/core';

/** What an adapter's test file hands to {@link feedStoreContract}: fresh, empty stores. */
export interface FeedStoreFixture {
  readonly costs: CostStore;
  readonly channelStats: ChannelStatStore;
  /** Creates an (empty) workspace, which feed rows need. */
  addWorkspace(id: string): Promise<void>;
  deleteWorkspace(id: string): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * The one suite every {@link CostStore} and {@link ChannelStatStore} adapter pair must pass.
 * `open` is called once per suite; each case uses its own workspace ids.
 *
 * @example feedStoreContract('PGlite in memory', async () => ({ costs, channelStats, addWorkspace, deleteWorkspace, cleanup }));
 */
export function feedStoreContract(name: string, open: () => Promise<FeedStoreFixture>): void {
  describe(`Feed stores contract: ${name}`, () => {
    let fixture: FeedStoreFixture | undefined;
    const f = (): FeedStoreFixture => {
      if (fixture === undefined) throw new Error('the fixture did not open');
      return fixture;
    };
    const all = { from: '1970-01-01', to: '2099-12-31' };

    beforeAll(async () => {
      fixture = await open();
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    it('returns costs exactly as written: unicode, nulls, negatives, four decimals, the largest amount', async () => {
      await f().addWorkspace('c-round');
      const records = [
        cost('c-round', 'k1', { channel: '微信公众号', campaign: 'Campaña de otoño', note: '展会 · イベント', functionId: 'pr', amount: '-80.00' }),
        cost('c-round', 'k2', { amount: '12.3456', currency: 'JPY' }),
        cost('c-round', 'k3', { amount: '99999999999999.9999', date: '2024-01-31' }),
      ];
      await expect(f().costs.upsertCosts(records)).resolves.toEqual({ inserted: 3, updated: 0, unchanged: 0 });
      const listed = await f().costs.listCosts('c-round', all);
      // Ordered by date, then channel in byte order (the same on every server's collation).
      expect(listed).toEqual([records[2], records[1], records[0]]);
    });

    it('changes nothing when the same rows are written again, and counts updates', async () => {
      await f().addWorkspace('c-idem');
      const records = Array.from({ length: 20 }, (_, i) => cost('c-idem', `k${i}`, { amount: `${i}.50` }));
      await f().costs.upsertCosts(records);
      await expect(f().costs.upsertCosts(records)).resolves.toEqual({ inserted: 0, updated: 0, unchanged: 20 });
      // The same value in another notation is no change; a new amount and a new row are.
      const next = [cost('c-idem', 'k0', { amount: '0.5000' }), cost('c-idem', 'k1', { amount: '2.00' }), cost('c-idem', 'new', {})];
      await expect(f().costs.upsertCosts(next)).resolves.toEqual({ inserted: 1, updated: 1, unchanged: 1 });
      expect((await f().costs.listCosts('c-idem', all)).find((c) => c.rowKey === 'k1')?.amount).toBe('2.00');
    });

    it('writes a batch of many chunks all or nothing, reporting progress', async () => {
      await f().addWorkspace('c-atomic');
      const good = Array.from({ length: 12_000 }, (_, i) => cost('c-atomic', `r${i}`, { amount: `${i % 97}.25` }));
      const failing = f().costs.upsertCosts([...good, cost('c-missing-workspace', 'x', {})]);
      await expect(failing).rejects.toMatchObject({ name: 'DomainError', code: 'WORKSPACE_NOT_FOUND' });
      await expect(f().costs.listCosts('c-atomic', all)).resolves.toEqual([]);
      const progress: number[] = [];
      await expect(f().costs.upsertCosts(good, (n) => progress.push(n))).resolves.toMatchObject({ inserted: 12_000 });
      expect(progress.at(-1)).toBe(12_000);
      expect(progress.length).toBeGreaterThan(1);
      expect(await f().costs.listCosts('c-atomic', { ...all, limit: 5, offset: 11_998 })).toHaveLength(2);
    });

    it('lists a date range inclusively, filtered, ordered and paged', async () => {
      await f().addWorkspace('c-list');
      await f().costs.upsertCosts([
        cost('c-list', 'a', { date: '2024-03-01', channel: 'B' }),
        cost('c-list', 'b', { date: '2024-03-01', channel: 'A', costType: 'event' }),
        cost('c-list', 'c', { date: '2024-03-31' }),
        cost('c-list', 'd', { date: '2024-04-01' }),
        cost('c-list', 'e', { date: '2024-02-29' }),
      ]);
      const march = { from: '2024-03-01', to: '2024-03-31' };
      expect((await f().costs.listCosts('c-list', march)).map((c) => c.rowKey)).toEqual(['b', 'a', 'c']);
      expect((await f().costs.listCosts('c-list', { ...march, costType: 'event' })).map((c) => c.rowKey)).toEqual(['b']);
      expect((await f().costs.listCosts('c-list', { ...march, channel: 'B' })).map((c) => c.rowKey)).toEqual(['a']);
      expect((await f().costs.listCosts('c-list', { ...march, limit: 1, offset: 1 })).map((c) => c.rowKey)).toEqual(['a']);
    });

    it('sums exactly, per currency, by the requested dimensions', async () => {
      await f().addWorkspace('c-sum');
      await f().costs.upsertCosts([
        cost('c-sum', '1', { amount: '0.10', channel: 'WeChat', date: '2024-03-01' }),
        cost('c-sum', '2', { amount: '0.20', channel: 'WeChat', date: '2024-03-02' }),
        cost('c-sum', '3', { amount: '100', channel: 'WeChat', currency: 'USD', date: '2024-03-02' }),
        cost('c-sum', '4', { amount: '-5.5', channel: 'Douyin', costType: 'influencer', campaign: 'launch', date: '2024-04-02' }),
      ]);
      const range = { from: '2024-03-01', to: '2024-04-30' };
      await expect(f().costs.summariseCosts('c-sum', range, ['channel'])).resolves.toEqual([
        { channel: 'Douyin', currency: 'CNY', amount: '-5.50', rows: 1 },
        { channel: 'WeChat', currency: 'CNY', amount: '0.30', rows: 2 },
        { channel: 'WeChat', currency: 'USD', amount: '100.00', rows: 1 },
      ]);
      await expect(f().costs.summariseCosts('c-sum', range, ['month', 'costType', 'campaign'])).resolves.toEqual([
        { month: '2024-03', costType: 'media', campaign: null, currency: 'CNY', amount: '0.30', rows: 2 },
        { month: '2024-03', costType: 'media', campaign: null, currency: 'USD', amount: '100.00', rows: 1 },
        { month: '2024-04', costType: 'influencer', campaign: 'launch', currency: 'CNY', amount: '-5.50', rows: 1 },
      ]);
      await expect(f().costs.summariseCosts('c-sum', { from: '2024-03-02', to: '2024-03-02' }, ['day', 'function'])).resolves.toEqual([
        { day: '2024-03-02', functionId: null, currency: 'CNY', amount: '0.20', rows: 1 },
        { day: '2024-03-02', functionId: null, currency: 'USD', amount: '100.00', rows: 1 },
      ]);
      await expect(f().costs.summariseCosts('c-sum', range, [])).resolves.toEqual([
        { currency: 'CNY', amount: '-5.20', rows: 3 },
        { currency: 'USD', amount: '100.00', rows: 1 },
      ]);
    });

    it('keeps workspaces apart and deletes a workspace\'s feeds with it', async () => {
      await f().addWorkspace('c-one');
      await f().addWorkspace('c-two');
      await f().costs.upsertCosts([cost('c-one', 'same', {}), cost('c-two', 'same', { amount: '7' })]);
      await f().channelStats.upsertSnapshots([snapshot('c-one', 'same', {})]);
      expect((await f().costs.listCosts('c-two', all)).map((c) => c.amount)).toEqual(['7.00']);
      await f().deleteWorkspace('c-one');
      await f().addWorkspace('c-one');
      await expect(f().costs.listCosts('c-one', all)).resolves.toEqual([]);
      await expect(f().channelStats.listSnapshots('c-one', all)).resolves.toEqual([]);
      expect(await f().costs.listCosts('c-two', all)).toHaveLength(1);
    });

    it('moves each store\'s version with every write of its rows, a deleted workspace\'s too, and never with a read', async () => {
      await f().addWorkspace('c-version');
      const costs = () => f().costs.version();
      const snapshots = () => f().channelStats.version();
      const [c0, s0] = [await costs(), await snapshots()];
      await f().costs.upsertCosts([cost('c-version', 'k1', {})]);
      const c1 = await costs();
      expect(c1).toBeGreaterThan(c0);
      expect(await snapshots()).toBe(s0);
      await f().costs.listCosts('c-version', all);
      await f().costs.summariseCosts('c-version', all, ['channel']);
      expect(await costs()).toBe(c1);
      await f().costs.upsertCosts([cost('c-version', 'k1', { amount: '2.00' })]);
      const c2 = await costs();
      expect(c2).toBeGreaterThan(c1);
      await f().channelStats.upsertSnapshots([snapshot('c-version', 's1', {})]);
      const s1 = await snapshots();
      expect(s1).toBeGreaterThan(s0);
      expect(await costs()).toBe(c2);
      await f().deleteWorkspace('c-version');
      expect(await costs()).toBeGreaterThan(c2);
      expect(await snapshots()).toBeGreaterThan(s1);
    });

    it('upserts snapshots idempotently and keeps stored metrics a new snapshot leaves null', async () => {
      await f().addWorkspace('s-merge');
      const users = snapshot('s-merge', 'day1', { followers: 1000, reads: null, interactions: null, posts: null });
      const content = snapshot('s-merge', 'day1', { followers: null, reads: 5000, interactions: 120, posts: 2 });
      await expect(f().channelStats.upsertSnapshots([users])).resolves.toEqual({ inserted: 1, updated: 0, unchanged: 0 });
      await expect(f().channelStats.upsertSnapshots([content])).resolves.toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      await expect(f().channelStats.upsertSnapshots([users])).resolves.toEqual({ inserted: 0, updated: 0, unchanged: 1 });
      await expect(f().channelStats.upsertSnapshots([content])).resolves.toEqual({ inserted: 0, updated: 0, unchanged: 1 });
      await expect(f().channelStats.listSnapshots('s-merge', all)).resolves.toEqual([{ ...content, followers: 1000 }]);
      await f().channelStats.upsertSnapshots([{ ...content, reads: 5100 }]);
      expect((await f().channelStats.listSnapshots('s-merge', all))[0]?.reads).toBe(5100);
      await expect(f().channelStats.upsertSnapshots([snapshot('nowhere', 'k', {})])).rejects.toBeInstanceOf(DomainError);
    });

    it('summarises accounts: flows summed, followers first and last, null when never reported', async () => {
      await f().addWorkspace('s-sum');
      await f().channelStats.upsertSnapshots([
        snapshot('s-sum', '1', { date: '2024-03-01', followers: 100, reads: 10, interactions: null, posts: 1 }),
        snapshot('s-sum', '2', { date: '2024-03-02', followers: null, reads: 20, interactions: null, posts: 0 }),
        snapshot('s-sum', '3', { date: '2024-03-03', followers: 130, reads: 30, interactions: null, posts: 2 }),
        snapshot('s-sum', '4', { date: '2024-03-02', platform: 'douyin', account: '抖音号', followers: 9_007_199_254_740_000 }),
      ]);
      await expect(f().channelStats.summariseSnapshots('s-sum', { from: '2024-03-01', to: '2024-03-31' })).resolves.toEqual([
        { platform: 'douyin', account: '抖音号', days: 1, firstDate: '2024-03-02', lastDate: '2024-03-02', followersFirst: 9_007_199_254_740_000, followersLast: 9_007_199_254_740_000, reads: 1, interactions: 2, posts: 3 },
        { platform: 'wechat', account: '示例公众号', days: 3, firstDate: '2024-03-01', lastDate: '2024-03-03', followersFirst: 100, followersLast: 130, reads: 60, interactions: null, posts: 3 },
      ]);
      expect((await f().channelStats.listSnapshots('s-sum', { ...all, platform: 'douyin' })).map((s) => s.rowKey)).toEqual(['4']);
      expect((await f().channelStats.listSnapshots('s-sum', { ...all, account: '示例公众号', limit: 2 })).map((s) => s.rowKey)).toEqual(['1', '2']);
    });
  });
}

function cost(workspaceId: string, rowKey: string, values: Partial<CostRecord>): CostRecord {
  return {
    workspaceId,
    rowKey,
    date: '2024-03-05',
    channel: 'WeChat',
    campaign: null,
    costType: 'media',
    amount: '100.00',
    currency: 'CNY',
    functionId: null,
    note: null,
    ...values,
  };
}

function snapshot(workspaceId: string, rowKey: string, values: Partial<ChannelStatSnapshot>): ChannelStatSnapshot {
  return {
    workspaceId,
    rowKey,
    platform: 'wechat',
    account: '示例公众号',
    date: '2024-03-05',
    followers: 1,
    reads: 1,
    interactions: 2,
    posts: 3,
    ...values,
  };
}
