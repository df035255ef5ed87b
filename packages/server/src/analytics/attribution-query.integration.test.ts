import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS, runAttribution, type AttributionResult, type AttributionRow, type AttributionSpec, type Dataset, type StoredEvent } from '@marketops/core';
import { bareEvent, NO_CAMPAIGN } from '../events/event-fixtures';
import { AnalyticsTestStore, PROPERTY_RUNS, expectClose } from './analytics-test-store.fixtures';
import { queryAttribution } from './attribution-query';
import { filters, matcher } from './spec-arbitraries.fixtures';
import { TRACK_NAMES, worldArbitrary, worldDataset } from './random-world.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

/**
 * Why rows are re-sorted before comparing: credits are float sums, and the reference adds them in
 * the order its dataset lists people, so two rows whose credits tie exactly in arithmetic can come
 * out 1 ulp apart in either direction. Rows within 1e-9 of each other are put in (channel,
 * campaign) order on both sides; the sort rule itself is checked on the SQL side's own numbers.
 */
function canonical(result: AttributionResult): AttributionResult {
  const order = (rows: readonly AttributionRow[]): AttributionRow[] =>
    [...rows].sort((a, b) => (Math.abs(a.conversions - b.conversions) > 1e-9 ? b.conversions - a.conversions : 0) || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0) || ((a.campaign ?? '') < (b.campaign ?? '') ? -1 : (a.campaign ?? '') > (b.campaign ?? '') ? 1 : 0));
  return { ...result, models: result.models.map((m) => ({ ...m, byChannel: order(m.byChannel), byCampaign: order(m.byCampaign) })) };
}

function expectSortedByCredit(result: AttributionResult): void {
  for (const m of result.models) {
    for (const rows of [m.byChannel, m.byCampaign]) rows.slice(1).forEach((row, i) => expect(row.conversions).toBeLessThanOrEqual(rows[i]?.conversions ?? Infinity));
  }
}

async function both(dataset: Dataset, spec: AttributionSpec): Promise<{ actual: AttributionResult; expected: AttributionResult }> {
  await db.load(dataset);
  return { actual: await queryAttribution(db.store, dataset.workspaceId, spec), expected: runAttribution(dataset, spec) };
}

const conversionMatcher = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRACK_NAMES.slice(0, 3)).map((event) => ({ target: { kind: 'event' as const, event } })) },
  { weight: 1, arbitrary: matcher },
);

const specPart = fc.record({
  conversion: conversionMatcher,
  filters,
  lookbackDays: fc.constantFrom(undefined, 0, 0.25, 1, 2, 30),
  halfLifeDays: fc.constantFrom(undefined, 0.5, 7),
  models: fc.constantFrom(undefined, ['data-driven' as const], ['linear' as const, 'first-touch' as const]),
  touchEvents: fc.constantFrom(undefined, [], ['Ad Clicked', 'Post Created']),
});

describe('queryAttribution (DuckDB) equals runAttribution (reference)', () => {
  it('on random worlds: every model, lookback edges, collapsed visits, merges, Markov paths', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ maxEvents: 40, fewPeople: true, fewNames: true }), specPart, async (world, part) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const { actual, expected } = await both(dataset, { period: world.period, ...part });
        expectSortedByCredit(actual);
        expectClose(canonical(actual), canonical(expected));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on a hand-computed case: one visit\'s page views are one touch, Direct loses last-non-direct', async () => {
    const ws = db.nextWorkspace();
    const at = (hour: number): Date => new Date(Date.UTC(2026, 10, 10, hour));
    const spring = { ...NO_CAMPAIGN, name: 'Spring ' };
    const events: StoredEvent[] = [
      bareEvent(ws, 'a1', { type: 'page', event: 'Home', userId: 'u1', channel: 'Paid Search', campaign: spring, timestamp: at(1) }),
      bareEvent(ws, 'a2', { type: 'page', event: 'Pricing', userId: 'u1', channel: 'Paid Search', campaign: spring, timestamp: at(2) }),
      bareEvent(ws, 'a3', { type: 'page', event: 'Home', userId: 'u1', channel: 'Direct', timestamp: at(3) }),
      bareEvent(ws, 'a4', { event: 'Order Completed', userId: 'u1', revenue: 100, currency: 'CNY', timestamp: at(4) }),
    ];
    const spec: AttributionSpec = { period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' }, conversion: { target: { kind: 'event', event: 'Order Completed' } } };
    const { actual, expected } = await both({ workspaceId: ws, timeZone: 'UTC', events, costs: [], channelStats: [] }, spec);
    expectClose(actual, expected);
    expect(actual.models.map((m) => m.model)).toEqual(ATTRIBUTION_MODELS);
    const byModel = Object.fromEntries(actual.models.map((m) => [m.model, m.byCampaign.map((r) => [r.channel, r.campaign, r.conversions])]));
    expect(byModel['last-non-direct']).toEqual([['Paid Search', 'spring', 1], ['Direct', '(none)', 0]]);
    expect(byModel.linear).toEqual([['Direct', '(none)', 0.5], ['Paid Search', 'spring', 0.5]]);
  });
});
