import { describe, expect, it } from 'vitest';
import { validateChannelStatRow } from '../feeds/channel-stat-row';
import { COST_FIELDS, validateCostRow } from '../feeds/cost-row';
import { createCostRowKeyer, createSnapshotRowKeyer } from '../feeds/row-keys';
import { demoChannelStatRows, demoCostRows, type DemoChannelStatRow, type DemoCostRow } from './feeds';
import { findDemoProfile } from './profiles/index';
import { createRun } from './run';

const runOf = (template: string, scale = 0.5, seed = 3) => createRun(findDemoProfile(template)!, { seed, start: '2026-03-02', days: 90, scale, sizeKey: 1 });

/** The row as the costs import would read it from a CSV file with the canonical header. */
const costInput = (row: DemoCostRow, line: number) => ({
  line,
  cells: Object.fromEntries(COST_FIELDS.map((field) => [field, { column: field, text: row[field] }])),
});
const statInput = (row: DemoChannelStatRow, line: number) => ({
  line,
  platform: { column: 'platform', text: row.platform },
  account: { column: 'account', text: row.account },
  date: { column: 'date', text: row.date },
  dateOrder: 'ymd' as const,
  metrics: {
    followers: [{ column: 'followers', text: String(row.followers) }],
    reads: [{ column: 'reads', text: String(row.reads) }],
    interactions: [{ column: 'interactions', text: String(row.interactions) }],
    posts: [{ column: 'posts', text: String(row.posts) }],
  },
});

describe('demoCostRows', () => {
  it('gives rows the real costs validation accepts, each with its own id, in the company\'s currency', () => {
    for (const template of ['a', 'b', 'c']) {
      const run = runOf(template);
      const key = createCostRowKeyer();
      const rows = demoCostRows(run);
      expect(rows.length).toBeGreaterThan(300);
      rows.forEach((row, i) => {
        const result = validateCostRow(costInput(row, i + 2));
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (!result.ok) return;
        expect(result.value.currency).toBe(run.profile.currency);
        expect(key(result.value)).toEqual({ ok: true, rowKey: `id:${row.id}` });
      });
    }
  });

  it('is deterministic and follows the scale', () => {
    const total = (rows: DemoCostRow[]) => rows.reduce((s, r) => s + Number(r.amount), 0);
    expect(demoCostRows(runOf('a'))).toEqual(demoCostRows(runOf('a')));
    const ratio = total(demoCostRows(runOf('a', 1))) / total(demoCostRows(runOf('a', 0.5)));
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
  });

  it('bills media, influencers, events, agencies, research and tools, owned by their functions', () => {
    const rows = demoCostRows(runOf('b'));
    expect(new Set(rows.map((r) => r.cost_type))).toEqual(new Set(['media', 'influencer', 'content', 'event', 'agency', 'pr', 'research', 'tools', 'materials']));
    expect(new Set(rows.map((r) => r.function))).toEqual(new Set(['new-media', 'marketing-planning', 'brand', 'pr', 'market-research']));
  });

  it('spends more on a campaign on its first day than on its last, channels differing in cost', () => {
    const run = runOf('a');
    const campaign = run.schedule.campaigns[0]!;
    const spend = (day: number) =>
      demoCostRows(run)
        .filter((r) => r.campaign === campaign.id && r.cost_type === 'media' && r.date === run.days[day]!.date)
        .reduce((s, r) => s + Number(r.amount), 0);
    expect(spend(campaign.startDay)).toBeGreaterThan(3 * spend(campaign.startDay + campaign.durationDays - 1));
    const perChannel = new Map<string, number>();
    for (const r of demoCostRows(run)) if (r.cost_type === 'media') perChannel.set(r.channel, (perChannel.get(r.channel) ?? 0) + Number(r.amount));
    expect(Math.max(...perChannel.values())).toBeGreaterThan(5 * Math.min(...perChannel.values()));
  });
});

describe('demoChannelStatRows', () => {
  it('gives one snapshot per account and day that the real validation accepts', () => {
    for (const template of ['a', 'b', 'c']) {
      const run = runOf(template);
      const rows = demoChannelStatRows(run);
      const key = createSnapshotRowKeyer();
      expect(rows.length).toBe(run.profile.socialAccounts.length * run.days.length);
      rows.forEach((row, i) => {
        const result = validateChannelStatRow(statInput(row, i + 2));
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (result.ok) expect(key(result.value).ok).toBe(true);
      });
    }
  });

  it('grows followers over the run and keeps interactions below reads', () => {
    const run = runOf('c');
    const rows = demoChannelStatRows(run);
    for (const account of run.profile.socialAccounts) {
      const own = rows.filter((r) => r.account === account.account);
      expect(own.at(-1)!.followers).toBeGreaterThan(own[0]!.followers);
      expect(own.every((r) => r.interactions <= r.reads)).toBe(true);
    }
  });
});
