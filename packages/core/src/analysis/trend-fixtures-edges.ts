import { dataset, identify, page } from '../metrics/fixtures/builders';
import { at, OPTIONS, order, ORDERS_BY_CHANNEL, PAID_SEARCH, weekly, type TrendCase } from './trend-fixture-kit';

/**
 * Hand-computed trends at the edges: first-time metrics under a filter, empty ranges, identity and
 * the audience kept under a filter, and the limits (too many values, too many buckets). Part of
 * `TREND_CASES` (trend-fixtures.ts).
 */
// u1's first order ever was by email, in February; the Paid Search one is in the period.
const firstTime: TrendCase = {
  name: 'a first-time metric under a filter counts the first passing event',
  dataset: dataset({
    events: [
      order('u:u1', at('02-10'), 'o1', { channel: 'Email' }),
      order('u:u1', at('03-03'), 'o2', { channel: 'Paid Search' }),
      order('u:u2', at('03-10'), 'o3', { channel: 'Email' }),
    ],
  }),
  spec: weekly({ metricId: 'sales.new-customers', filters: [PAID_SEARCH], compare: true }),
  options: OPTIONS,
  // Filtered: u1's first Paid Search order is o2 (week 1). u2 has none. Previous period: none.
  expected: [{ name: 'total', value: 1, buckets: [1, 0], previous: { value: 0, buckets: [0, 0], change: 1, relativeChange: null } }],
};

const emptyRange: TrendCase = {
  name: 'an empty range: every day answers 0 (a rate has no value), and a breakdown finds no group',
  dataset: ORDERS_BY_CHANNEL,
  spec: { metricId: 'store-ops.conversion-rate', period: { from: '2026-04-01', to: '2026-04-03', timeZone: 'UTC' }, interval: 'day', breakdown: { kind: 'channel' } },
  options: OPTIONS,
  expected: [{ name: 'total', value: null, buckets: [null, null, null] }],
};

const emptyCount: TrendCase = {
  name: 'an empty range of a count: zeros',
  dataset: ORDERS_BY_CHANNEL,
  spec: { metricId: 'store-ops.orders', period: { from: '2026-04-01', to: '2026-04-03', timeZone: 'UTC' }, interval: 'day', breakdown: { kind: 'channel' } },
  options: OPTIONS,
  expected: [{ name: 'total', value: 0, buckets: [0, 0, 0] }],
};

const backwards: TrendCase = {
  name: 'a period that ends before it starts is an error on period.to',
  dataset: ORDERS_BY_CHANNEL,
  spec: { metricId: 'store-ops.orders', period: { from: '2026-03-15', to: '2026-03-02', timeZone: 'UTC' }, interval: 'day' },
  options: OPTIONS,
  expected: { error: 'TREND_PERIOD_INVALID', path: 'period.to' },
};

// A device browses from Paid Search, identifies on a Direct visit, and browses again from Paid
// Search as u1. The identify call fails the filter, yet still links the device to u1.
const identityKept: TrendCase = {
  name: 'a filter never restricts identity: a link stated by a filtered-out event still merges the device',
  dataset: dataset({
    events: [
      page('a:d1', at('03-03'), { channel: 'Paid Search' }),
      identify('u:u1+a:d1', at('03-04'), { segment: 'target' }),
      page('u:u1', at('03-10'), { channel: 'Paid Search' }),
    ],
  }),
  spec: weekly({ metricId: 'marketing-planning.lifecycle-reached', filters: [PAID_SEARCH] }),
  options: OPTIONS,
  // One person (d1 is u1) in the period; one in each week.
  expected: [{ name: 'total', value: 1, buckets: [1, 1] }],
};

// Target reach counts target people only; u1 is one by an identify call on a Direct visit.
const audienceKept: TrendCase = {
  name: 'a filter never restricts the target audience: traits come from every identify call',
  dataset: identityKept.dataset,
  spec: weekly({ metricId: 'marketing-planning.target-reach', filters: [PAID_SEARCH] }),
  options: { ...OPTIONS, settings: { targetAudience: [{ trait: 'segment', op: 'in', values: ['target'] }] } },
  // u1 is a target person (segment target, identified before the period end): 1; weeks 1 and 1.
  expected: [{ name: 'total', value: 1, buckets: [1, 1] }],
};

// Twelve channels with 12, 11, ..., 1 orders: ten series, the last two (2 + 1 orders) in (other).
const CHANNELS = Array.from({ length: 12 }, (_, i) => `Channel ${String.fromCharCode(65 + i)}`);
const limited: TrendCase = {
  name: 'at most ten breakdown values get a series; the rest are merged into "(other)"',
  dataset: dataset({
    events: CHANNELS.flatMap((channel, i) => Array.from({ length: 12 - i }, (_, k) => order(`u:${channel}-${k}`, at('03-03'), `${channel}-${k}`, { channel }))),
  }),
  spec: weekly({ metricId: 'store-ops.orders', breakdown: { kind: 'channel' } }),
  options: OPTIONS,
  expected: [
    { name: 'total', value: 78, buckets: [78, 0] },
    ...CHANNELS.slice(0, 10).map((name, i) => ({ name, value: 12 - i, buckets: [12 - i, 0] })),
    { name: '(other)', value: 3, buckets: [3, 0], mergedValues: 2 },
  ],
};

const tooManyValues: TrendCase = {
  name: 'more than 200 candidate breakdown values is an error',
  dataset: dataset({ events: Array.from({ length: 201 }, (_, i) => order('u:u1', at('03-03'), `o${i}`, {}, { plan: `plan-${i}` })) }),
  spec: weekly({ metricId: 'store-ops.orders', breakdown: { kind: 'property', key: 'plan' } }),
  options: OPTIONS,
  expected: { error: 'TREND_BREAKDOWN_TOO_MANY_VALUES', path: 'breakdown' },
};

const tooManyBuckets: TrendCase = {
  name: 'more than 400 buckets is an error on interval',
  dataset: dataset({}),
  spec: { metricId: 'store-ops.orders', period: { from: '2025-01-01', to: '2026-03-15', timeZone: 'UTC' }, interval: 'day' },
  options: OPTIONS,
  expected: { error: 'TREND_TOO_MANY_BUCKETS', path: 'interval' },
};

export const EDGE_TREND_CASES: readonly TrendCase[] = [
  firstTime,
  emptyRange,
  emptyCount,
  backwards,
  identityKept,
  audienceKept,
  limited,
  tooManyValues,
  tooManyBuckets,
];
