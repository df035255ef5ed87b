import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisError, runReach, type CostRecord, type Dataset, type ReachResult, type ReachSpec, type StoredEvent } from '@marketops/core';
import { bareEvent, NO_CAMPAIGN } from '../events/event-fixtures';
import { AnalyticsTestStore, PROPERTY_RUNS, expectClose } from './analytics-test-store.fixtures';
import { queryReach } from './reach-query';
import { filters } from './spec-arbitraries.fixtures';
import { worldArbitrary, worldDataset } from './random-world.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

type Outcome = { result: ReachResult } | { error: string };

async function outcome(run: () => ReachResult | Promise<ReachResult>): Promise<Outcome> {
  try {
    return { result: await run() };
  } catch (error) {
    if (error instanceof AnalysisError) return { error: error.analysisCode };
    throw error;
  }
}

async function both(dataset: Dataset, spec: ReachSpec): Promise<{ actual: Outcome; expected: Outcome }> {
  await db.load(dataset);
  return {
    actual: await outcome(() => queryReach(db.store, dataset.workspaceId, spec, dataset.costs)),
    expected: await outcome(() => runReach(dataset, spec)),
  };
}

function cost(i: number, fields: Pick<CostRecord, 'date' | 'channel' | 'campaign' | 'amount' | 'currency'>): CostRecord {
  return { workspaceId: 'w', costType: 'media', functionId: null, note: null, rowKey: `c${i}`, ...fields };
}

const costs = fc
  .array(
    fc.record({
      dayOffset: fc.integer({ min: -1, max: 3 }),
      channel: fc.constantFrom('Google Ads', ' google ads', 'Paid Search', 'WeChat', 'Organic Social'),
      campaign: fc.constantFrom(null, 'Spring', ' spring ', 'SUMMER', ''),
      amount: fc.constantFrom('10.00', '-80.00', '0.10', '0.20', '1234.5678', '0.05', '99999999.99'),
      currency: fc.constantFrom('CNY', 'EUR', 'JPY'),
    }),
    { maxLength: 6 },
  )
  .map((drafts) => drafts.map((d, i) => ({ ...d, i })));

const specPart = fc.record({
  filters,
  channelMap: fc.constantFrom<ReachSpec['channelMap']>(undefined, { 'Google Ads': 'Paid Search', ' WECHAT ': 'Organic Social' }),
  currency: fc.constantFrom<ReachSpec['currency']>(undefined, { reportingCurrency: 'CNY', exchangeRates: { EUR: '7.8123', JPY: '0.0481' } }, { reportingCurrency: 'EUR', exchangeRates: { CNY: '0.128' } }),
});

describe('queryReach (DuckDB) equals runReach (reference)', () => {
  it('on random worlds and costs: channel and campaign spellings, exact money, exchange rates, DST periods', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ maxEvents: 40 }), costs, specPart, async (world, drafts, part) => {
        const records = drafts.map(({ dayOffset, i, ...d }) => {
          const day = new Date(`${world.period.from}T00:00:00Z`);
          day.setUTCDate(day.getUTCDate() + dayOffset);
          return cost(i, { ...d, date: day.toISOString().slice(0, 10) });
        });
        const dataset = worldDataset(world, db.nextWorkspace(), records);
        const { actual, expected } = await both(dataset, { period: world.period, ...part });
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on a hand-computed case: Spring and spring are one campaign, 1000.00 over 3 people', async () => {
    const ws = db.nextWorkspace();
    const at = new Date('2026-11-10T10:00:00Z');
    const touch = (id: string, userId: string, name: string): StoredEvent =>
      bareEvent(ws, id, { type: 'page', userId, channel: 'Paid Social', campaign: { ...NO_CAMPAIGN, name }, timestamp: at });
    const events = [touch('t1', 'u1', 'Spring'), touch('t2', 'u2', 'spring'), touch('t3', 'u3', 'Spring'), touch('t4', 'u1', 'Spring')];
    const records = [cost(1, { date: '2026-11-10', channel: 'Paid Social', campaign: 'spring', amount: '600.00', currency: 'CNY' }), cost(2, { date: '2026-11-11', channel: 'Paid Social', campaign: 'Spring', amount: '400.00', currency: 'CNY' })];
    const dataset: Dataset = { workspaceId: ws, timeZone: 'UTC', events, costs: records, channelStats: [] };
    const { actual, expected } = await both(dataset, { period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' } });
    expect(actual).toEqual(expected);
    expect('result' in actual && actual.result.byCampaign).toEqual([
      { name: 'Spring', reach: 3, touches: 4, frequency: 4 / 3, cost: { CNY: '1000.00' }, costPerContact: { CNY: '333.3333' } },
    ]);
  });
});
