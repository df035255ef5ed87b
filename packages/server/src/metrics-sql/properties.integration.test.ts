import { computeMetric, computeMetricByBucket, compareWithPreviousPeriod, findMetric, METRICS, type Dataset, type Measure, type MetricDefinition, type MetricResult } from '@marketops/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { computeMetricSql, type SqlMetricOptions } from './compute-metric-sql';
import { compareWithPreviousPeriodSql } from './compare-periods-sql';
import { computeMetricSqlByBucket } from './compute-metric-sql-by-bucket';
import { expectSameResult, loadDataset, openTestStore } from './metric-test-store.fixtures';
import { FOCUS_COUNT, worldArb, type RandomWorld } from './random-dataset.fixtures';

/**
 * Property tests: on random small worlds (see random-dataset.fixtures.ts), every metric computed
 * on DuckDB equals the reference's result (numbers within 1e-9, everything else exactly), and a
 * failing reference (a missing exchange rate) fails the SQL engine with the same error.
 *
 * Why `endOnFailure`: shrinking a world reloads it into DuckDB and recomputes every metric, which
 * takes minutes; the failure message names the metric, and the seed replays the world.
 */

/** The formula as text with every `metric` reference expanded, to find the metrics reading an event. */
function formulaText(measure: Measure): string {
  return JSON.stringify(measure, (_key, value: unknown) => {
    const ref = value as { kind?: unknown; id?: unknown };
    if (typeof value === 'object' && value !== null && ref.kind === 'metric' && typeof ref.id === 'string') return findMetric(ref.id)?.formula;
    return value;
  });
}

function readsAny(metric: MetricDefinition, names: readonly string[]): boolean {
  const text = formulaText(metric.formula);
  return names.some((name) => text.includes(JSON.stringify(name)));
}

type Outcome<T> = { readonly ok: T } | { readonly error: string };

function settle<T>(work: () => T): Outcome<T> {
  try {
    return { ok: work() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

async function settleAsync<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await work() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function expectSameOutcome(actual: Outcome<MetricResult>, expected: Outcome<MetricResult>, label: string): void {
  if ('error' in expected || 'error' in actual) {
    expect(actual, label).toEqual(expected);
    return;
  }
  expectSameResult(actual.ok, expected.ok, label);
}

describe('metrics on DuckDB equal the reference on random worlds', () => {
  let store: DuckDbEventStore;
  let runs = 0;

  beforeAll(async () => {
    store = await openTestStore();
  });

  afterAll(async () => {
    await store.close();
  });

  async function load(world: RandomWorld): Promise<{ dataset: Dataset; options: SqlMetricOptions & { period: RandomWorld['period'] } }> {
    runs += 1;
    const workspaceId = `world-${runs}`;
    const dataset: Dataset = { workspaceId, timeZone: world.period.timeZone, events: world.events, costs: world.costs, channelStats: world.channelStats };
    await loadDataset(store, workspaceId, dataset);
    return { dataset, options: { ...world.options, workspaceId, period: world.period, costs: world.costs, channelStats: world.channelStats } };
  }

  async function expectAllEqual(world: RandomWorld, metrics: readonly MetricDefinition[]): Promise<void> {
    const { dataset, options } = await load(world);
    for (const metric of metrics) {
      const expected = settle(() => computeMetric(metric, dataset, world.period, world.options));
      const actual = await settleAsync(() => computeMetricSql(store, metric, options));
      expectSameOutcome(actual, expected, `${metric.id} ${JSON.stringify(world.period)}`);
    }
  }

  it('every metric, one period', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb(), (world) => expectAllEqual(world, METRICS)),
      { numRuns: 30, endOnFailure: true },
    );
  }, 300_000);

  it.each(Array.from({ length: FOCUS_COUNT }, (_, i) => i))('the metrics reading focus %i, on dense data', async (focus) => {
    await fc.assert(
      fc.asyncProperty(worldArb(focus), (world) => expectAllEqual(world, METRICS.filter((m) => readsAny(m, world.focusNames)))),
      { numRuns: 16, endOnFailure: true },
    );
  }, 300_000);

  it('by day, week and month buckets, and against the previous period', async () => {
    const sample = ['user-ops.dau', 'store-ops.gmv', 'user-ops.retention-rate', 'product-ops.sessions', 'after-sales.nps', 'new-media-ops.net-new-followers'];
    await fc.assert(
      fc.asyncProperty(worldArb(), fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>, async (world, interval) => {
        const { dataset, options } = await load(world);
        for (const id of sample) {
          const expected = settle(() => computeMetricByBucket(id, dataset, world.period, interval, world.options));
          const actual = await settleAsync(() => computeMetricSqlByBucket(store, id, options, interval));
          if ('error' in expected || 'error' in actual) {
            expect(actual, id).toEqual(expected);
          } else {
            expect(actual.ok.map((r) => r.period)).toEqual(expected.ok.map((r) => r.period));
            actual.ok.forEach((r, i) => expectSameResult(r, expected.ok[i] as MetricResult, `${id} bucket ${i}`));
          }
          const previous = settle(() => compareWithPreviousPeriod(id, dataset, world.period, world.options));
          const previousSql = await settleAsync(() => compareWithPreviousPeriodSql(store, id, options));
          if ('error' in previous || 'error' in previousSql) {
            expect(previousSql, id).toEqual(previous);
          } else {
            expectSameResult(previousSql.ok.current, previous.ok.current, `${id} current`);
            expectSameResult(previousSql.ok.previous, previous.ok.previous, `${id} previous`);
            expect(previousSql.ok.change === null).toBe(previous.ok.change === null);
            expect(previousSql.ok.relativeChange === null).toBe(previous.ok.relativeChange === null);
          }
        }
      }),
      { numRuns: 12, endOnFailure: true },
    );
  }, 300_000);
});
