import { computeMetricByBucket, EVENTS, PROPS, trendBuckets, type Dataset, type Interval, type MetricOptions, type MetricResult, type Period, type StoredEvent } from '@marketops/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { bareEvent } from '../events/event-fixtures';
import { computeMetricSqlByBucket, computeMetricSqlEachBucket } from './compute-metric-sql-by-bucket';
import { expectSameResult, loadDataset, openTestStore } from './metric-test-store.fixtures';

/**
 * Hand-computed buckets at their edges, on the bucketed path: an event at local midnight and one
 * millisecond before it, the 23- and 25-hour days of Madrid's and New York's clock changes, and
 * periods starting mid-week and mid-month, whose first bucket is clipped (an event earlier in
 * that week or month is outside). Each answer also equals the one-query-per-bucket path and the
 * reference `computeMetricByBucket`.
 */

let store: DuckDbEventStore;
let runs = 0;

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  await store.close();
});

/** An event of the test workspace sent and received at an instant. */
function at(messageId: string, iso: string, fields: Partial<StoredEvent>): StoredEvent {
  return bareEvent('ws', messageId, { timestamp: new Date(iso), receivedAt: new Date(iso), ...fields });
}

/** An order's properties: 10 CNY. */
function tenYuan(orderId: string): Record<string, string> {
  return { [PROPS.orderId]: orderId, [PROPS.total]: '10', [PROPS.currency]: 'CNY' };
}

/** An order of 10 CNY at an instant. */
function order(id: string, iso: string): StoredEvent {
  return at(`m-${id}`, iso, { event: EVENTS.orderCompleted, anonymousId: `buyer-${id}`, properties: tenYuan(id) });
}

/** A page view of a person (u1 unless told) at an instant. */
function view(n: number, iso: string, userId = 'u1'): StoredEvent {
  return at(`v-${n}`, iso, { type: 'page', userId });
}

/** One day of one store's statistics (downloads), reported at an instant. */
function storeDay(n: number, iso: string, store: string, date: string, downloads: number): StoredEvent {
  return at(`s-${n}`, iso, { event: EVENTS.appStoreStats, anonymousId: 'store-sync', properties: { [PROPS.store]: store, [PROPS.date]: date, [PROPS.downloads]: downloads } });
}

/** A qualified lead, or an order, of a person at an instant. */
function sales(n: number, iso: string, userId: string, event: string): StoredEvent {
  return at(`l-${n}`, iso, { event, userId, properties: event === EVENTS.orderCompleted ? tenYuan(`o-${n}`) : {} });
}

/** A milestone of activity a1 as a record: due on `due`, completed on `completed` (or not yet). */
function milestone(n: number, iso: string, name: string, due: string, completed: string | null): StoredEvent {
  return at(`ms-${n}`, iso, { event: EVENTS.activityMilestone, anonymousId: 'planner', properties: { [PROPS.activityId]: 'a1', [PROPS.milestone]: name, [PROPS.dueDate]: due, [PROPS.completedDate]: completed } });
}

interface Case {
  readonly name: string;
  readonly metricId: string;
  readonly period: Period;
  readonly interval: Interval;
  readonly events: readonly StoredEvent[];
  readonly asOf: string;
  /** Bucket periods as `from..to`, and each bucket's value and provisional flag. */
  readonly buckets: readonly string[];
  readonly values: readonly number[];
  readonly provisional?: readonly boolean[];
}

const MADRID_SPRING: Period = { from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/Madrid' };
const MADRID_SPRING_ORDERS = [
  order('before', '2026-03-27T22:59:59.999Z'), // 03-27 23:59:59.999 CET: before the period
  order('first', '2026-03-27T23:00:00.000Z'), // 03-28 00:00 CET: the period's first instant
  order('late', '2026-03-28T22:59:59.999Z'), // 03-28 23:59:59.999 CET
  order('midnight', '2026-03-28T23:00:00.000Z'), // 03-29 00:00 CET: local midnight
  order('jumped', '2026-03-29T01:00:00.000Z'), // 03-29 03:00 CEST, right after 02:00 CET became 03:00
  order('last', '2026-03-29T21:59:59.999Z'), // 03-29 23:59:59.999 CEST: the 23-hour day's end
  order('monday', '2026-03-29T22:00:00.000Z'), // 03-30 00:00 CEST
  order('after', '2026-03-30T22:00:00.000Z'), // 03-31 00:00 CEST: after the period
];

const CASES: readonly Case[] = [
  {
    name: 'Madrid spring change by day: midnight, 1 ms before it, the 23-hour day; provisional from asOf on',
    metricId: 'store-ops.orders',
    period: MADRID_SPRING,
    interval: 'day',
    events: MADRID_SPRING_ORDERS,
    asOf: '2026-03-29T12:00:00Z',
    buckets: ['2026-03-28..2026-03-28', '2026-03-29..2026-03-29', '2026-03-30..2026-03-30'],
    values: [2, 3, 1],
    provisional: [false, true, true],
  },
  {
    name: 'the same days, the money of each bucket',
    metricId: 'store-ops.gmv',
    period: MADRID_SPRING,
    interval: 'day',
    events: MADRID_SPRING_ORDERS,
    asOf: '2026-04-01T00:00:00Z',
    buckets: ['2026-03-28..2026-03-28', '2026-03-29..2026-03-29', '2026-03-30..2026-03-30'],
    values: [20, 30, 10],
  },
  {
    name: 'Madrid autumn change by day: both 02:30 of the 25-hour day are in it',
    metricId: 'store-ops.orders',
    period: { from: '2026-10-24', to: '2026-10-26', timeZone: 'Europe/Madrid' },
    interval: 'day',
    events: [
      order('sat-last', '2026-10-24T21:59:59.999Z'), // 10-24 23:59:59.999 CEST
      order('sun-first', '2026-10-24T22:00:00.000Z'), // 10-25 00:00 CEST
      order('first-0230', '2026-10-25T00:30:00.000Z'), // 02:30 CEST
      order('second-0230', '2026-10-25T01:30:00.000Z'), // 02:30 CET, an hour later
      order('sun-last', '2026-10-25T22:59:59.999Z'), // 10-25 23:59:59.999 CET
      order('mon-first', '2026-10-25T23:00:00.000Z'), // 10-26 00:00 CET
    ],
    asOf: '2026-11-01T00:00:00Z',
    buckets: ['2026-10-24..2026-10-24', '2026-10-25..2026-10-25', '2026-10-26..2026-10-26'],
    values: [1, 4, 1],
  },
  {
    name: 'weeks from a Wednesday: the first week clipped, its Monday and Tuesday outside',
    metricId: 'store-ops.orders',
    period: { from: '2026-03-25', to: '2026-04-08', timeZone: 'America/New_York' },
    interval: 'week',
    events: [
      order('tuesday', '2026-03-24T16:00:00.000Z'), // 03-24 12:00 EDT: same ISO week, before the period
      order('wednesday', '2026-03-25T04:00:00.000Z'), // 03-25 00:00 EDT: the period's first instant
      order('sunday-last', '2026-03-30T03:59:59.999Z'), // 03-29 23:59:59.999 EDT
      order('monday', '2026-03-30T04:00:00.000Z'), // 03-30 00:00 EDT
      order('sunday', '2026-04-06T03:59:59.999Z'), // 04-05 23:59:59.999 EDT
      order('next-monday', '2026-04-06T04:00:00.000Z'), // 04-06 00:00 EDT
      order('thursday', '2026-04-09T04:00:00.000Z'), // 04-09 00:00 EDT: after the period
    ],
    asOf: '2026-05-01T00:00:00Z',
    buckets: ['2026-03-25..2026-03-29', '2026-03-30..2026-04-05', '2026-04-06..2026-04-08'],
    values: [2, 2, 1],
  },
  {
    name: 'months from the 15th over New York\'s autumn change: the first month clipped, both 01:30 of November 1 in November',
    metricId: 'store-ops.orders',
    period: { from: '2026-10-15', to: '2026-11-10', timeZone: 'America/New_York' },
    interval: 'month',
    events: [
      order('oct-14', '2026-10-15T03:59:59.999Z'), // 10-14 23:59:59.999 EDT: before the period
      order('oct-15', '2026-10-15T04:00:00.000Z'), // 10-15 00:00 EDT
      order('oct-31', '2026-11-01T03:59:59.999Z'), // 10-31 23:59:59.999 EDT
      order('nov-1', '2026-11-01T04:00:00.000Z'), // 11-01 00:00 EDT
      order('first-0130', '2026-11-01T05:30:00.000Z'), // 01:30 EDT
      order('second-0130', '2026-11-01T06:30:00.000Z'), // 01:30 EST, an hour later
      order('nov-10', '2026-11-11T04:59:59.999Z'), // 11-10 23:59:59.999 EST
      order('nov-11', '2026-11-11T05:00:00.000Z'), // 11-11 00:00 EST: after the period
    ],
    asOf: '2026-11-05T00:00:00Z',
    buckets: ['2026-10-15..2026-10-31', '2026-11-01..2026-11-10'],
    values: [2, 4],
    provisional: [false, true],
  },
  {
    name: 'a session across local midnight belongs to the day it starts',
    metricId: 'product-ops.sessions',
    period: MADRID_SPRING,
    interval: 'day',
    events: [
      view(1, '2026-03-28T22:50:00.000Z'), // 03-28 23:50 CET: starts a session
      view(2, '2026-03-28T23:10:00.000Z'), // 03-29 00:10 CET: the same session
      view(3, '2026-03-29T00:50:00.000Z'), // 03-29 01:50 CET: 100 minutes later, a new one
      view(4, '2026-03-29T01:05:00.000Z'), // 03-29 03:05 CEST: 15 minutes later (the clock says 75), the same
      view(5, '2026-03-29T21:45:00.000Z'), // 03-29 23:45 CEST: a new one ...
      view(6, '2026-03-29T22:05:00.000Z'), // ... going on into 03-30
    ],
    asOf: '2026-04-01T00:00:00Z',
    buckets: ['2026-03-28..2026-03-28', '2026-03-29..2026-03-29', '2026-03-30..2026-03-30'],
    values: [1, 2, 0],
  },
  {
    name: 'weekly active people per day: a window reaching before the period, a person from local midnight on',
    metricId: 'user-ops.wau',
    period: MADRID_SPRING,
    interval: 'day',
    events: [
      view(1, '2026-03-21T23:30:00.000Z', 'u1'), // 03-22 00:30 CET: u1's window ends with 03-28
      view(2, '2026-03-26T12:00:00.000Z', 'u2'), // 03-26: u2 counts on every day of the period
      view(3, '2026-03-28T22:59:59.999Z', 'u3'), // 03-28 23:59:59.999 CET
      view(4, '2026-03-28T23:00:00.000Z', 'u4'), // 03-29 00:00 CET: from 03-29 on
      view(5, '2026-03-29T22:00:00.000Z', 'u5'), // 03-30 00:00 CEST
    ],
    asOf: '2026-04-01T00:00:00Z',
    buckets: ['2026-03-28..2026-03-28', '2026-03-29..2026-03-29', '2026-03-30..2026-03-30'],
    values: [3, 3, 4],
  },
  {
    name: 'retention by day: a cohort of the last day retained on its day 7, after the period, just after local midnight',
    metricId: 'user-ops.retention-rate',
    period: { from: '2026-10-05', to: '2026-10-07', timeZone: 'Europe/Madrid' },
    interval: 'day',
    events: [
      view(1, '2026-10-05T08:00:00Z', 'r1'), // first on 10-05
      view(2, '2026-10-12T08:00:00Z', 'r1'), // day 7: retained
      view(3, '2026-10-06T07:00:00Z', 'r2'), // first on 10-06
      view(4, '2026-10-07T07:00:00Z', 'r2'), // day 1 only: not retained
      view(5, '2026-10-07T21:30:00Z', 'r3'), // 10-07 23:30 CEST: first on the last day
      view(6, '2026-10-13T22:10:00Z', 'r3'), // 10-14 00:10 CEST: day 7, a week after the period
      view(7, '2026-10-04T10:00:00Z', 'r4'), // first before the period: in no cohort
      view(8, '2026-10-06T10:00:00Z', 'r4'),
    ],
    asOf: '2026-10-20T00:00:00Z',
    buckets: ['2026-10-05..2026-10-05', '2026-10-06..2026-10-06', '2026-10-07..2026-10-07'],
    values: [1, 0, 1],
  },
  {
    name: 'store downloads by week from a Wednesday: a resent day replaces the first report, each bucket\'s first day counts',
    metricId: 'app-store-ops.downloads',
    period: { from: '2026-10-07', to: '2026-10-13', timeZone: 'Europe/Madrid' },
    interval: 'week',
    events: [
      storeDay(1, '2026-10-08T06:00:00Z', 'app-store', '2026-10-07', 5),
      storeDay(2, '2026-10-09T06:00:00Z', 'app-store', '2026-10-07', 7), // replaces the 5
      storeDay(3, '2026-10-12T06:00:00Z', 'google-play', '2026-10-11', 3),
      storeDay(4, '2026-10-13T06:00:00Z', 'app-store', '2026-10-12', 11), // the second week's Monday
      storeDay(5, '2026-10-07T06:00:00Z', 'app-store', '2026-10-06', 100), // the day before the period
    ],
    asOf: '2026-10-20T00:00:00Z',
    buckets: ['2026-10-07..2026-10-11', '2026-10-12..2026-10-13'],
    values: [10, 11],
  },
  {
    name: 'transaction rate by week: a lead of the last week converted after the period, one whose window is still open',
    metricId: 'sales.transaction-rate',
    period: { from: '2026-10-05', to: '2026-10-18', timeZone: 'Europe/Madrid' },
    interval: 'week',
    events: [
      sales(1, '2026-10-05T08:00:00Z', 'p1', EVENTS.leadQualified), // week 1
      sales(2, '2026-10-07T08:00:00Z', 'p1', EVENTS.orderCompleted), // converted
      sales(3, '2026-10-09T08:00:00Z', 'p2', EVENTS.leadQualified), // week 1, never buys: 90 days ended 2027-01-07 08:00Z
      sales(4, '2026-10-18T21:00:00Z', 'p3', EVENTS.leadQualified), // 10-18 23:00 CEST: week 2's last hour
      sales(5, '2026-11-20T09:00:00Z', 'p3', EVENTS.orderCompleted), // a month after the period: converted
      sales(6, '2026-10-12T08:00:00Z', 'p4', EVENTS.leadQualified), // week 2, no order yet: open until 2027-01-10 08:00Z
      sales(7, '2026-09-20T08:00:00Z', 'p5', EVENTS.leadQualified), // first lead before the period: in no cohort
      sales(8, '2026-10-13T08:00:00Z', 'p5', EVENTS.leadQualified),
    ],
    asOf: '2027-01-08T12:00:00Z',
    buckets: ['2026-10-05..2026-10-11', '2026-10-12..2026-10-18'],
    values: [0.5, 0.5],
    provisional: [false, true],
  },
  {
    name: 'plan kept on time by week: the latest record of a milestone decides, due on a bucket\'s first and last days',
    metricId: 'activity-ops.plan-progress',
    period: { from: '2026-10-05', to: '2026-10-18', timeZone: 'Europe/Madrid' },
    interval: 'week',
    events: [
      milestone(1, '2026-10-01T08:00:00Z', 'brief', '2026-10-05', null), // due on week 1's Monday...
      milestone(2, '2026-10-06T08:00:00Z', 'brief', '2026-10-05', '2026-10-05'), // ...then done on the day: on time
      milestone(3, '2026-10-01T08:00:00Z', 'venue', '2026-10-11', '2026-10-12'), // week 1's Sunday, done late
      milestone(4, '2026-10-01T08:00:00Z', 'invites', '2026-10-09', null), // moved by its next record...
      milestone(5, '2026-10-08T08:00:00Z', 'invites', '2026-10-12', '2026-10-10'), // ...to week 2's Monday, done early
      milestone(6, '2026-10-01T08:00:00Z', 'report', '2026-10-19', null), // due the day after the period
    ],
    asOf: '2026-10-25T00:00:00Z',
    buckets: ['2026-10-05..2026-10-11', '2026-10-12..2026-10-18'],
    values: [0.5, 1],
  },
];

describe('metrics over buckets at bucket edges', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    runs += 1;
    const workspaceId = `edges-${runs}`;
    const dataset: Dataset = { workspaceId, timeZone: c.period.timeZone, events: c.events, costs: [], channelStats: [] };
    await loadDataset(store, workspaceId, dataset);
    const options: MetricOptions = { asOf: new Date(c.asOf), reportingCurrency: 'CNY' };
    const results = await computeMetricSqlByBucket(store, c.metricId, { ...options, workspaceId, period: c.period }, c.interval);
    expect(results.map((r) => `${r.period.from}..${r.period.to}`)).toEqual(c.buckets);
    expect(results.map((r) => r.value)).toEqual(c.values);
    expect(results.map((r) => r.provisional)).toEqual(c.provisional ?? c.values.map(() => false));
    const plain = await computeMetricSqlEachBucket(store, c.metricId, { ...options, workspaceId }, trendBuckets(c.period, c.interval));
    const reference = computeMetricByBucket(c.metricId, dataset, c.period, c.interval, options);
    results.forEach((r, i) => {
      expect(r).toEqual(plain[i]);
      expectSameResult(r, reference[i] as MetricResult, `${c.metricId} bucket ${i}`);
    });
  });
});
