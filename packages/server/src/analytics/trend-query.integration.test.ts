import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  findMetric,
  metricReads,
  METRICS,
  periodInstants,
  planTrend,
  runTrend,
  selectorsMatch,
  TrendError,
  type Breakdown,
  type CostRecord,
  type Dataset,
  type Filter,
  type Period,
  type StoredEvent,
  type TrendSpec,
  type ValueTest,
} from '@marketops/core';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { loadDataset, openTestStore } from '../metrics-sql/metric-test-store.fixtures';
import { worldArb, type RandomWorld } from '../metrics-sql/random-dataset.fixtures';
import { seriesSummary, TREND_CASES } from '../../../core/src/analysis/trend-fixtures';
import { expectClose, PROPERTY_RUNS } from './analytics-test-store.fixtures';
import { queryTrend } from './trend-query';

/**
 * The DuckDB trend equals the reference `runTrend`: on the core's hand-computed cases, and on
 * random worlds of the metric engine's property tests (people merged by identify and alias,
 * period edges, DST, duplicates, costs and snapshots) with random metrics, filters of every kind,
 * breakdowns, intervals and the previous period. Errors must be the same errors.
 *
 * Why `endOnFailure`: shrinking reloads a world and recomputes every series; the seed replays it.
 */
let store: DuckDbEventStore;
let runs = 0;
// Why a quarter of the analyses' runs: one run computes dozens of metric series on both engines.
const TREND_RUNS = Math.max(10, Math.round(PROPERTY_RUNS / 4));
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

type Outcome = { readonly ok: unknown } | { readonly error: string };

function describeError(error: unknown): string {
  if (error instanceof TrendError) return `TrendError ${error.trendCode} ${error.path}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function settle(work: () => unknown): Outcome {
  try {
    return { ok: work() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

async function settleAsync(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await work() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

async function expectSame(dataset: Dataset, spec: TrendSpec, options: RandomWorld['options']): Promise<void> {
  runs += 1;
  const workspaceId = `trend-${runs}`;
  await loadDataset(store, workspaceId, dataset);
  const expected = settle(() => runTrend(dataset, spec, options));
  const actual = await settleAsync(() => queryTrend(store, workspaceId, spec, { ...options, costs: dataset.costs, channelStats: dataset.channelStats }));
  if ('error' in expected || 'error' in actual) {
    expect(actual, JSON.stringify(spec)).toEqual(expected);
    return;
  }
  expectClose(actual.ok, expected.ok);
}

describe('queryTrend (DuckDB) on the core\'s hand-computed cases', () => {
  it.each(TREND_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    runs += 1;
    const workspaceId = `trend-case-${runs}`;
    await loadDataset(store, workspaceId, c.dataset);
    const work = queryTrend(store, workspaceId, c.spec, { ...c.options, costs: c.dataset.costs, channelStats: c.dataset.channelStats });
    const { expected } = c;
    if ('error' in expected) {
      await expect(work).rejects.toMatchObject({ name: 'TrendError', trendCode: expected.error, path: expected.path });
      return;
    }
    const result = await work;
    expect(seriesSummary(result)).toEqual(expected);
    expectClose(result, runTrend(c.dataset, c.spec, c.options));
  });
});

// Values of the random worlds (random-dataset.fixtures.ts), so that filters and groups bite.
const SCALARS = ['USD', 'usd', 'CNY', 'o1', 'nps', 'csat', 'approved', 'app-store', 'target', 'Direct', 'email', 'weibo_official', 'PR', 'spring', 7, 9, 10, 12.5, true] as const;
const valueTest: fc.Arbitrary<ValueTest> = fc.oneof(
  fc.record({ op: fc.constant('equals' as const), value: fc.constantFrom(...SCALARS) }),
  fc.record({ op: fc.constant('in' as const), values: fc.subarray([...SCALARS], { maxLength: 4 }) }),
  fc.record({ op: fc.constant('contains' as const), value: fc.constantFrom('s', 'PR', 'ai', 'o') }),
  fc.record({ op: fc.constant('exists' as const) }),
  fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: fc.constantFrom(0, 5, 9, 12.5) }),
);
const PROPERTY_KEYS = ['currency', 'order_id', 'question', 'score', 'decision', 'store', 'total', 'survey_id', 'content_id', 'plan'] as const;
const filter: fc.Arbitrary<Filter> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('channel' as const), test: valueTest }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('campaign' as const), field: fc.constantFrom('name' as const, 'source' as const, 'medium' as const), test: valueTest }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('property' as const), key: fc.constantFrom(...PROPERTY_KEYS), test: valueTest }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('trait' as const), key: fc.constantFrom('segment', 'plan'), test: valueTest }) },
);
const breakdown: fc.Arbitrary<Breakdown | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant({ kind: 'channel' } as const) },
  { weight: 1, arbitrary: fc.constantFrom<Breakdown>({ kind: 'campaign', field: 'name' }, { kind: 'campaign', field: 'source' }, { kind: 'campaign', field: 'medium' }) },
  { weight: 2, arbitrary: fc.constantFrom(...PROPERTY_KEYS).map((key): Breakdown => ({ kind: 'property', key })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'trait', key: 'segment' } as const) },
);

const CAMPAIGNS = [null, 'Spring', 'spring', 'Summer'] as const;
const COST_CHANNELS = ['WeChat', 'Google Ads', ' google ads ', 'Baidu'] as const;

/** Campaign names on events (by messageId, so a resent copy keeps its original's) and varied cost rows. */
function decorate(world: RandomWorld, shift: number): Dataset {
  const pick = <T>(list: readonly T[], key: string): T => list[(Number(/\d+/.exec(key)?.[0] ?? 0) + shift) % list.length] as T;
  const events: StoredEvent[] = world.events.map((e) => ({ ...e, campaign: { ...e.campaign, name: pick(CAMPAIGNS, e.messageId) } }));
  const costs: CostRecord[] = world.costs.map((c, i) => ({ ...c, channel: pick(COST_CHANNELS, String(i)), campaign: pick(CAMPAIGNS, String(i + 1)) }));
  return { workspaceId: 'ws', timeZone: world.period.timeZone, events, costs, channelStats: world.channelStats };
}

/** The metrics the world has data for: those reading its focus events or a feed, and every other one now and then. */
function metricsFor(world: RandomWorld): string[] {
  const calls = new Set(world.focusNames.map((name) => `track "${name}"`));
  return METRICS.filter((m) => {
    const reads = metricReads(m, findMetric);
    return reads.feeds.length > 0 || reads.calls.some((c) => calls.has(c) || c === 'page' || c === 'screen');
  }).map((m) => m.id);
}

/** A seed for a filter that some event of the world passes: its own channel, campaign field, property or trait. */
const seededFilter = fc.record({
  from: fc.nat(),
  kind: fc.constantFrom('channel' as const, 'source' as const, 'medium' as const, 'name' as const, 'property' as const, 'trait' as const),
  op: fc.constantFrom('equals' as const, 'in' as const, 'contains' as const, 'exists' as const),
  shout: fc.boolean(),
});
type FilterSeed = typeof seededFilter extends fc.Arbitrary<infer T> ? T : never;

/** A filter some event the metric reads in the period passes (any event when there is none). */
function filterFrom(dataset: Dataset, metricId: string, period: Period, seed: FilterSeed): Filter {
  const definition = findMetric(metricId);
  const { start, end } = periodInstants(period);
  const selectors = definition === undefined ? [] : planTrend({ metricId, period, interval: 'month' }, definition, findMetric).selectors;
  const read = dataset.events.filter((e) => selectorsMatch(e, selectors) && e.timestamp >= start && e.timestamp < end);
  const pool = read.length > 0 ? read : dataset.events;
  const event = pool[seed.from % Math.max(1, pool.length)];
  const test = (value: unknown): ValueTest => {
    const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    if (text === null || seed.op === 'exists') return { op: 'exists' };
    // Channel and UTM fields ignore case; properties and traits must keep theirs to match.
    const spelled = seed.shout && typeof text === 'string' && (seed.kind === 'channel' || seed.kind === 'source' || seed.kind === 'medium' || seed.kind === 'name') ? text.toUpperCase() : text;
    if (seed.op === 'equals') return { op: 'equals', value: spelled };
    if (seed.op === 'in') return { op: 'in', values: [spelled, 'nothing-like-it'] };
    return { op: 'contains', value: String(spelled).slice(0, 2) };
  };
  if (event === undefined) return { kind: 'channel', test: { op: 'exists' } };
  if (seed.kind === 'channel') return { kind: 'channel', test: test(event.channel) };
  if (seed.kind === 'property') {
    const key = Object.keys(event.properties)[seed.from % 3] ?? 'order_id';
    return { kind: 'property', key, test: test(event.properties[key]) };
  }
  if (seed.kind === 'trait') {
    const identified = dataset.events.find((e) => e.type === 'identify');
    return { kind: 'trait', key: 'segment', test: test(identified?.traits['segment']) };
  }
  return { kind: 'campaign', field: seed.kind, test: test(event.campaign[seed.kind]) };
}

const specPart = fc.record({
  pick: fc.nat(),
  // One run in four: any metric (most have no data, and their errors must match too).
  anyMetric: fc.nat({ max: 3 }),
  interval: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  filters: fc.oneof({ weight: 3, arbitrary: fc.constant([] as Filter[]) }, { weight: 1, arbitrary: fc.array(filter, { minLength: 1, maxLength: 1 }) }),
  seeded: fc.oneof({ weight: 1, arbitrary: fc.constant([] as FilterSeed[]) }, { weight: 3, arbitrary: fc.array(seededFilter, { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(seededFilter, { minLength: 2, maxLength: 2 }) }),
  breakdown,
  compare: fc.boolean(),
  channelMap: fc.constantFrom(undefined, { 'Google Ads': 'Paid Search', wechat: 'Organic Social' }),
  shift: fc.nat({ max: 3 }),
});

describe('queryTrend (DuckDB) equals runTrend (reference) on random worlds', () => {
  it('random metrics, filters, breakdowns, intervals and previous periods', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb(), specPart, async (world, { pick, anyMetric, shift, channelMap, seeded, ...part }) => {
        const ids = anyMetric === 0 ? METRICS.map((m) => m.id) : metricsFor(world);
        const dataset = decorate(world, shift);
        const metricId = ids[pick % ids.length] ?? 'store-ops.orders';
        const spec: TrendSpec = {
          metricId,
          period: world.period,
          interval: part.interval,
          filters: [...part.filters, ...seeded.map((seed) => filterFrom(dataset, metricId, world.period, seed))],
          compare: part.compare,
          ...(part.breakdown === undefined ? {} : { breakdown: part.breakdown }),
          ...(channelMap === undefined ? {} : { channelMap }),
        };
        await expectSame(dataset, spec, world.options);
      }),
      { numRuns: TREND_RUNS, endOnFailure: true },
    );
  }, 600_000);

  it('cost metrics: channel and campaign filters and breakdowns reach the cost rows', async () => {
    const costMetrics = METRICS.filter((m) => metricReads(m, findMetric).feeds.includes('costs')).map((m) => m.id);
    const costFilter: fc.Arbitrary<Filter> = fc.oneof(
      fc.record({ kind: fc.constant('channel' as const), test: fc.constantFrom<ValueTest>({ op: 'equals', value: 'paid search' }, { op: 'in', values: ['WeChat', 'Organic Social', 'Email'] }, { op: 'contains', value: 'o' }) }),
      fc.record({ kind: fc.constant('campaign' as const), field: fc.constant('name' as const), test: fc.constantFrom<ValueTest>({ op: 'equals', value: 'SPRING' }, { op: 'exists' }, { op: 'contains', value: 'um' }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        worldArb(),
        fc.constantFrom(...costMetrics),
        fc.array(costFilter, { maxLength: 2 }),
        fc.constantFrom<Breakdown | undefined>(undefined, { kind: 'channel' }, { kind: 'campaign', field: 'name' }),
        fc.constantFrom('day' as const, 'week' as const),
        fc.boolean(),
        fc.nat({ max: 3 }),
        fc.array(fc.record({ day: fc.integer({ min: -2, max: 8 }), amount: fc.constantFrom('10.00', '2.50', '-1.00'), channel: fc.constantFrom(...COST_CHANNELS), campaign: fc.constantFrom(...CAMPAIGNS) }), { minLength: 1, maxLength: 6 }),
        async (world, metricId, filters, by, interval, compare, shift, extra) => {
          const spec: TrendSpec = { metricId, period: world.period, interval, filters, compare, channelMap: { 'Google Ads': 'Paid Search', wechat: 'Organic Social' }, ...(by === undefined ? {} : { breakdown: by }) };
          const dataset = decorate(world, shift);
          // More cost rows in and around the period, of every channel and campaign spelling.
          const costs = extra.map((c, i): CostRecord => ({
            workspaceId: 'ws', date: addDays(world.period.from, c.day), channel: c.channel, campaign: c.campaign, costType: 'media', amount: c.amount, currency: 'CNY', functionId: i % 2 === 0 ? 'new-media' : 'pr', note: null, rowKey: `x${i}`,
          }));
          await expectSame({ ...dataset, costs: [...dataset.costs, ...costs] }, spec, world.options);
        },
      ),
      { numRuns: Math.ceil(TREND_RUNS / 2), endOnFailure: true },
    );
  }, 600_000);
});
