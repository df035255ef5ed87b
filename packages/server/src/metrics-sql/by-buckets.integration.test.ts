import { addDays, daysBetween, METRICS, trendBuckets, type Interval, type Period } from '@marketops/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { computeMetricSql, type SqlMetricOptions } from './compute-metric-sql';
import { computeMetricSqlEachBucket, computeMetricSqlOverBuckets, computeMetricSqlOverGroups, type MetricOutcome } from './compute-metric-sql-by-bucket';
import { measureGroupsByBucket } from './evaluate-sql-by-buckets';
import { lookupMetric } from './metric-context';
import { loadDataset, openTestStore } from './metric-test-store.fixtures';
import { worldArb, type RandomWorld, type WorldCalendar } from './random-dataset.fixtures';
import type { SqlEventScope } from './query-builder';

/**
 * The bucketed path (one query grouped by bucket per leaf) equals the plain path (one query per
 * bucket) exactly: values, parts, money, provisional flags and errors, for every catalog metric
 * with a leaf the bucketed path groups, on random worlds, by day, ISO week and month, over a
 * period's buckets (the first and last clipped) and over the previous period's (shifted, so not
 * on calendar weeks or months), with and without an event scope (a trend's filters), in zones
 * with and without daylight-saving changes inside the period. And breakdown groups evaluated at
 * once (one query grouped by group and bucket) equal each group alone, bucket by bucket.
 *
 * Why `endOnFailure`: shrinking reloads a world and recomputes every metric twice; the failure
 * names the metric and the seed replays the world.
 */

const GROUPED = METRICS.filter((m) => measureGroupsByBucket(m.formula, {}, lookupMetric));

/** New York changes clocks on 2026-03-08 and 2026-11-01 (Madrid's are the default worlds'). */
const NEW_YORK: WorldCalendar = { zones: ['America/New_York'], firstDays: ['2026-03-04', '2026-03-08', '2026-10-29', '2026-11-01'], maxDays: 10 };
/** Long periods: several weeks and months, over both changes of both zones. */
const LONG: WorldCalendar = { zones: ['America/New_York', 'Europe/Madrid'], firstDays: ['2026-02-20', '2026-03-06', '2026-10-14'], maxDays: 75 };

/** A trend's kind of scope: the events of every channel but one. */
const NOT_EMAIL: SqlEventScope = {
  select: (params, workspaceId) => `SELECT * FROM events_resolved WHERE workspace_id = ${params.add(workspaceId)} AND channel <> ${params.add('Email')}`,
};

type Outcome = { readonly ok: unknown } | { readonly error: string };

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function settle(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await work() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function comparable(outcome: MetricOutcome): Outcome {
  return 'error' in outcome ? { error: describeError(outcome.error) } : outcome;
}

/** The world's channels as groups: each group's own scope, and all of them at once with `group_index`. */
const CHANNELS = ['Direct', 'Organic Social', 'Email', 'Referral'] as const;
function channelScope(channel: string): SqlEventScope {
  return { select: (params, workspaceId) => `SELECT * FROM events_resolved WHERE workspace_id = ${params.add(workspaceId)} AND channel = ${params.add(channel)}` };
}
const CHANNEL_GROUPS: SqlEventScope = {
  select: (params, workspaceId) =>
    `SELECT r.*, g.group_index FROM events_resolved r JOIN (VALUES ${CHANNELS.map((c, i) => `(CAST(${params.add(c)} AS VARCHAR), ${i})`).join(', ')}) g(channel, group_index) ON r.channel = g.channel
      WHERE r.workspace_id = ${params.add(workspaceId)}`,
};

/** The buckets of the period right before `period`, each shifted back by the period's length (as a trend's previous buckets). */
function shiftedBack(buckets: readonly Period[], period: Period): Period[] {
  const shift = daysBetween(period.from, period.to) + 1;
  return buckets.map((b) => ({ from: addDays(b.from, -shift), to: addDays(b.to, -shift), timeZone: b.timeZone }));
}

describe('metrics over buckets: one grouped query equals one query per bucket', () => {
  let store: DuckDbEventStore;
  let runs = 0;

  beforeAll(async () => {
    store = await openTestStore();
  });

  afterAll(async () => {
    await store.close();
  });

  it('groups the leaves it should (and the property below covers them)', () => {
    const ids = GROUPED.map((m) => m.id);
    for (const id of ['user-ops.active-users', 'store-ops.orders', 'store-ops.gmv', 'store-ops.average-order-value', 'user-ops.new-users', 'product-ops.sessions', 'user-ops.time-spent', 'after-sales.nps', 'user-ops.dau', 'user-ops.stickiness', 'user-ops.retention-rate', 'app-store-ops.downloads', 'app-store-ops.category-rank', 'app-store-ops.rating', 'sales.transaction-rate', 'activity-ops.plan-progress']) expect(ids).toContain(id);
    for (const id of ['activity-ops.goal-conversion-rate', 'new-media-ops.net-new-followers']) expect(ids).not.toContain(id);
  });

  async function expectSameOverBuckets(world: RandomWorld, interval: Interval, scoped: boolean): Promise<void> {
    runs += 1;
    const workspaceId = `buckets-${runs}`;
    await loadDataset(store, workspaceId, { workspaceId, timeZone: world.period.timeZone, events: world.events, costs: world.costs, channelStats: world.channelStats });
    const options: SqlMetricOptions = { ...world.options, workspaceId, costs: world.costs, channelStats: world.channelStats, ...(scoped ? { eventScope: NOT_EMAIL } : {}) };
    const buckets = trendBuckets(world.period, interval);
    for (const set of [buckets, shiftedBack(buckets, world.period)]) {
      for (const metric of GROUPED) {
        const expected = await settle(() => computeMetricSqlEachBucket(store, metric, options, set));
        const actual = await settle(() => computeMetricSqlOverBuckets(store, metric, options, set));
        expect(actual, `${metric.id} ${interval} ${JSON.stringify(set[0])}..${set.length} buckets${scoped ? ' scoped' : ''}`).toEqual(expected);
      }
    }
  }

  /** Every channel of the world as a group (the first with the world's cost rows): all groups at once equal each group bucket by bucket. */
  async function expectSameOverGroups(world: RandomWorld, interval: Interval): Promise<void> {
    runs += 1;
    const workspaceId = `groups-${runs}`;
    await loadDataset(store, workspaceId, { workspaceId, timeZone: world.period.timeZone, events: world.events, costs: world.costs, channelStats: world.channelStats });
    const options = CHANNELS.map((channel, g): SqlMetricOptions => ({ ...world.options, workspaceId, costs: g === 0 ? world.costs : [], channelStats: world.channelStats, eventScope: channelScope(channel) }));
    const buckets = trendBuckets(world.period, interval);
    for (const metric of GROUPED) {
      const actual = (await computeMetricSqlOverGroups(store, metric, { events: CHANNEL_GROUPS, options }, buckets)).map((cells) => cells.map(comparable));
      const expected: Outcome[][] = [];
      for (const groupOptions of options) {
        const cells: Outcome[] = [];
        for (const period of buckets) cells.push(await settle(() => computeMetricSql(store, metric, { ...groupOptions, period })));
        expected.push(cells);
      }
      expect(actual, `${metric.id} ${interval} ${JSON.stringify(world.period)}`).toEqual(expected);
    }
  }

  /**
   * The metrics of one request (a dashboard) sharing leaf answers equal each metric alone, and the
   * kinds that answer several measures in one query do: visits and time spent read one sessions
   * query, DAU, WAU, MAU and stickiness one query of active days.
   */
  async function expectSameShared(world: RandomWorld, interval: Interval): Promise<void> {
    runs += 1;
    const workspaceId = `shared-${runs}`;
    await loadDataset(store, workspaceId, { workspaceId, timeZone: world.period.timeZone, events: world.events, costs: world.costs, channelStats: world.channelStats });
    const options: SqlMetricOptions = { ...world.options, workspaceId, costs: world.costs, channelStats: world.channelStats };
    const buckets = trendBuckets(world.period, interval);
    for (const set of [buckets, shiftedBack(buckets, world.period)]) {
      const statements: string[] = [];
      const counting = { query: (sql: string, params?: Parameters<DuckDbEventStore['query']>[1]) => (statements.push(sql), store.query(sql, params)) };
      const sharedLeaves = new Map<string, Promise<unknown>>();
      // Why all at once: a request runs its metrics a few at a time, so a shared answer is awaited while it runs.
      const together = await Promise.all(GROUPED.map((metric) => settle(() => computeMetricSqlOverBuckets(counting, metric, { ...options, sharedLeaves }, set))));
      for (const [i, metric] of GROUPED.entries()) {
        const alone = await settle(() => computeMetricSqlOverBuckets(store, metric, options, set));
        expect(together[i], `${metric.id} ${interval} ${JSON.stringify(set[0])}..${set.length} buckets`).toEqual(alone);
      }
      expect(statements.filter((sql) => sql.includes('sum(starts) OVER'))).toHaveLength(1);
      expect(statements.filter((sql) => sql.includes('lead(day) OVER'))).toHaveLength(1);
    }
  }

  const intervals = fc.constantFrom<Interval>('day', 'week', 'month');

  it('metrics sharing leaf answers, as a dashboard computes them, equal each metric alone', async () => {
    await fc.assert(fc.asyncProperty(worldArb(), intervals, expectSameShared), { numRuns: 5, endOnFailure: true });
  }, 600_000);

  it('Madrid, Shanghai and UTC around Madrid\'s changes', async () => {
    await fc.assert(fc.asyncProperty(worldArb(), intervals, fc.boolean(), expectSameOverBuckets), { numRuns: 8, endOnFailure: true });
  }, 600_000);

  it('New York around its changes', async () => {
    await fc.assert(fc.asyncProperty(worldArb(undefined, NEW_YORK), intervals, fc.boolean(), expectSameOverBuckets), { numRuns: 5, endOnFailure: true });
  }, 600_000);

  it('breakdown groups at once: each channel, by day, week and month', async () => {
    await fc.assert(fc.asyncProperty(worldArb(), intervals, expectSameOverGroups), { numRuns: 4, endOnFailure: true });
  }, 600_000);

  it('long periods by week and month', async () => {
    await fc.assert(fc.asyncProperty(worldArb(undefined, LONG), fc.constantFrom<Interval>('week', 'month'), fc.boolean(), expectSameOverBuckets), { numRuns: 3, endOnFailure: true });
  }, 600_000);
});
