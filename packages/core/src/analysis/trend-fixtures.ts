import type { MetricOptions } from '../metrics/compute';
import { cost, dataset, identify, page, snapshot, track } from '../metrics/fixtures/builders';
import type { Dataset } from './dataset';
import type { TrendErrorCode } from './trend-error';
import type { TrendResult, TrendSpec } from './trend-spec';

/**
 * Hand-computed trends: each case's arithmetic is in its comments. The reference (`trend.test.ts`)
 * and the DuckDB trend (`packages/server/src/analytics/trend-query.integration.test.ts`) both
 * run every case (one contract, every implementation).
 *
 * Calendar: UTC; the period is Monday 2 to Sunday 15 March 2026, two ISO weeks, so weekly buckets
 * are 03-02..03-08 and 03-09..03-15, and the previous period is 02-16..03-01 (14 days before).
 */
export interface ExpectedSeries {
  readonly name: string;
  readonly value: number | null;
  readonly buckets: readonly (number | null)[];
  readonly previous?: { readonly value: number | null; readonly buckets: readonly (number | null)[]; readonly change: number | null; readonly relativeChange: number | null };
  readonly mergedValues?: number;
}

export interface TrendCase {
  readonly name: string;
  readonly dataset: Dataset;
  readonly spec: TrendSpec;
  readonly options: MetricOptions;
  readonly expected: readonly ExpectedSeries[] | { readonly error: TrendErrorCode; readonly path: string };
}

/** The series of a result as the cases write them: name, value, bucket values (and previous ones). */
export function seriesSummary(result: TrendResult): ExpectedSeries[] {
  return result.series.map((s) => ({
    name: s.name,
    value: s.value.value,
    buckets: s.buckets.map((b) => b.value),
    ...(s.previous === undefined
      ? {}
      : { previous: { value: s.previous.value.value, buckets: s.previous.buckets.map((b) => b.value), change: s.previous.change, relativeChange: s.previous.relativeChange } }),
    ...(s.mergedValues === undefined ? {} : { mergedValues: s.mergedValues }),
  }));
}

const PERIOD = { from: '2026-03-02', to: '2026-03-15', timeZone: 'UTC' };
const OPTIONS: MetricOptions = { asOf: new Date('2026-04-01T00:00:00Z'), reportingCurrency: 'CNY' };
const at = (day: string, hour = 12): string => `2026-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const order = (who: string, when: string, id: string, extra: Parameters<typeof track>[4] = {}, props: Record<string, unknown> = {}) =>
  track(who, 'Order Completed', when, { order_id: id, ...props }, extra);
const weekly = (spec: Omit<TrendSpec, 'period' | 'interval'>): TrendSpec => ({ period: PERIOD, interval: 'week', ...spec });
const PAID_SEARCH = { kind: 'channel', test: { op: 'equals', value: 'paid search' } } as const;

// Orders by channel: o1 (Paid Search, week 1), o2 (Email, week 1), o3 (Paid Search, week 2),
// o1 again in week 2 (a resent order: one order_id), o4 (Paid Search, after the period).
const channelFilter: TrendCase = {
  name: 'a channel filter (ignoring case) keeps the Paid Search orders; each week counts its own distinct orders',
  dataset: dataset({
    events: [
      order('u:u1', at('03-03'), 'o1', { channel: 'Paid Search' }),
      order('u:u2', at('03-04'), 'o2', { channel: 'Email' }),
      order('u:u3', at('03-10'), 'o3', { channel: 'Paid Search' }),
      order('u:u1', at('03-11'), 'o1', { channel: 'Paid Search' }),
      order('u:u4', at('03-16'), 'o4', { channel: 'Paid Search' }),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.orders', filters: [PAID_SEARCH] }),
  options: OPTIONS,
  // Period: o1, o3 = 2. Week 1: o1. Week 2: o3 and o1 (resent) = 2: buckets need not add up.
  expected: [{ name: 'total', value: 2, buckets: [1, 2] }],
};

// utm_campaign and utm_source compared ignoring case; no trimming, no partial match for `equals`.
const utmFilter: TrendCase = {
  name: 'UTM filters ignore case: campaign "Spring" and source in [GOOGLE, baidu]',
  dataset: dataset({
    events: [
      order('u:u1', at('03-03'), 'o1', { campaign: { name: 'spring', source: 'google' } }),
      order('u:u2', at('03-10'), 'o2', { campaign: { name: 'SPRING', source: 'Baidu' } }),
      order('u:u3', at('03-04'), 'o3', { campaign: { name: 'Spring Sale', source: 'google' } }),
      order('u:u4', at('03-05'), 'o4', { campaign: { name: 'spring', source: 'bing' } }),
      order('u:u5', at('03-06'), 'o5', { campaign: { name: null, source: 'google' } }),
    ],
  }),
  spec: weekly({
    metricId: 'store-ops.orders',
    filters: [
      { kind: 'campaign', field: 'name', test: { op: 'equals', value: 'Spring' } },
      { kind: 'campaign', field: 'source', test: { op: 'in', values: ['GOOGLE', 'baidu'] } },
    ],
  }),
  options: OPTIONS,
  // o1 (spring/google) and o2 (SPRING/Baidu) pass; o3's campaign is not "spring", o4's source is bing, o5 has no campaign.
  expected: [{ name: 'total', value: 2, buckets: [1, 1] }],
};

// GMV of the orders whose `plan` property is exactly "pro" (properties are case-sensitive).
const propertyFilter: TrendCase = {
  name: 'a property filter keeps the "pro" orders of a money metric (case-sensitive)',
  dataset: dataset({
    events: [
      order('u:u1', at('03-03'), 'o1', {}, { total: 100, currency: 'CNY', plan: 'pro' }),
      order('u:u2', at('03-04'), 'o2', {}, { total: 50, currency: 'CNY', plan: 'Pro' }),
      order('u:u3', at('03-10'), 'o3', {}, { total: '30.50', currency: 'CNY', plan: 'pro' }),
      order('u:u4', at('03-11'), 'o4', {}, { total: 20, currency: 'CNY' }),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.gmv', filters: [{ kind: 'property', key: 'plan', test: { op: 'equals', value: 'pro' } }] }),
  options: OPTIONS,
  // o1 100 + o3 30.50 = 130.50; week 1: 100; week 2: 30.50.
  expected: [{ name: 'total', value: 130.5, buckets: [100, 30.5] }],
};

// A device orders anonymously, then identifies as u1 (country MX): its earlier order is u1's.
// u2 said MX, then ES after the period: the latest traits count, whenever. u3 said "mx".
const traitFilter: TrendCase = {
  name: 'a trait filter reads the latest traits, and keeps an anonymous order of a device merged into the person',
  dataset: dataset({
    events: [
      page('a:d1', at('03-03', 9), { channel: 'Direct' }),
      order('a:d1', at('03-03', 10), 'o1'),
      identify('u:u1+a:d1', at('03-12'), { country: 'MX' }),
      identify('u:u2', at('03-01'), { country: 'MX' }),
      order('u:u2', at('03-04'), 'o2'),
      identify('u:u2', at('03-20'), { country: 'ES' }),
      identify('u:u3', at('03-01'), { country: 'mx' }),
      order('u:u3', at('03-10'), 'o3'),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.orders', filters: [{ kind: 'trait', key: 'country', test: { op: 'equals', value: 'MX' } }] }),
  options: OPTIONS,
  // Only o1 (device d1 = person u1, country MX) passes: week 1.
  expected: [{ name: 'total', value: 1, buckets: [1, 0] }],
};

// Orders by channel, and one Referral order before the period (no group: not seen in the period).
const channelBreakdown: TrendCase = {
  name: 'a breakdown by channel: one series per channel seen in the period, largest first, ties by name',
  dataset: dataset({
    events: [
      order('u:u1', at('03-03'), 'o1', { channel: 'Paid Search' }),
      order('u:u2', at('03-04'), 'o4', { channel: 'Email' }),
      order('u:u3', at('03-05'), 'o5', { channel: 'Direct' }),
      order('u:u1', at('03-10'), 'o2', { channel: 'Paid Search' }),
      order('u:u4', at('03-11'), 'o3', { channel: 'Paid Search' }),
      order('u:u5', at('02-20'), 'o6', { channel: 'Referral' }),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.orders', breakdown: { kind: 'channel' } }),
  options: OPTIONS,
  expected: [
    { name: 'total', value: 5, buckets: [3, 2] },
    { name: 'Paid Search', value: 3, buckets: [1, 2] },
    { name: 'Direct', value: 1, buckets: [1, 0] },
    { name: 'Email', value: 1, buckets: [1, 0] },
  ],
};

// Campaign names lower-cased into groups; an order without a campaign is the group "(none)".
const campaignBreakdown: TrendCase = {
  name: 'a breakdown by campaign name: "Spring" and "spring" are one group, no campaign is "(none)"',
  dataset: dataset({
    events: [
      order('u:u1', at('03-03'), 'o1', { campaign: { name: 'Spring' } }),
      order('u:u2', at('03-10'), 'o2', { campaign: { name: 'spring' } }),
      order('u:u3', at('03-04'), 'o3'),
      order('u:u4', at('03-11'), 'o4', { campaign: { name: 'Summer' } }),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.orders', breakdown: { kind: 'campaign', field: 'name' } }),
  options: OPTIONS,
  // spring 2; (none) 1 and summer 1 tie: "(" sorts before "s".
  expected: [
    { name: 'total', value: 4, buckets: [2, 2] },
    { name: 'spring', value: 2, buckets: [1, 1] },
    { name: '(none)', value: 1, buckets: [1, 0] },
    { name: 'summer', value: 1, buckets: [0, 1] },
  ],
};

// Conversion rate = people who ordered / people who viewed a product or ordered, per channel.
const ratioBreakdown: TrendCase = {
  name: 'a ratio per breakdown value is the ratio within the group (and 0 is a value)',
  dataset: dataset({
    events: [
      track('u:u1', 'Product Viewed', at('03-03', 9), {}, { channel: 'Paid Search' }),
      order('u:u1', at('03-03', 10), 'o1', { channel: 'Paid Search' }),
      track('u:u2', 'Product Viewed', at('03-04'), {}, { channel: 'Paid Search' }),
      track('u:u3', 'Product Viewed', at('03-10'), {}, { channel: 'Email' }),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.conversion-rate', breakdown: { kind: 'channel' } }),
  options: OPTIONS,
  // Total 1/3. Paid Search: u1 ordered, u1 and u2 visited: 1/2 (week 1 1/2; week 2 nobody: null).
  // Email: u3 visited, nobody ordered: 0 (week 1 nobody: null; week 2 0/1).
  expected: [
    { name: 'total', value: 1 / 3, buckets: [1 / 2, 0] },
    { name: 'Paid Search', value: 1 / 2, buckets: [1 / 2, null] },
    { name: 'Email', value: 0, buckets: [null, 0] },
  ],
};

// Orders in both periods; the previous weeks are the current ones 14 days earlier.
const previousPeriod: TrendCase = {
  name: 'the previous period: 14 days before, each bucket moved back by 14 days',
  dataset: dataset({
    events: [
      order('u:u1', at('02-17'), 'o1'),
      order('u:u2', at('02-24'), 'o2'),
      order('u:u3', at('02-25'), 'o3'),
      order('u:u4', at('03-03'), 'o4'),
      order('u:u5', at('03-10'), 'o5'),
      order('u:u6', at('03-11'), 'o6'),
      order('u:u7', at('03-12'), 'o7'),
    ],
  }),
  spec: weekly({ metricId: 'store-ops.orders', compare: true }),
  options: OPTIONS,
  // Current 4 (1 + 3); previous 02-16..03-01: 3 (1 + 2); change 1, relative 1/3.
  expected: [{ name: 'total', value: 4, buckets: [1, 3], previous: { value: 3, buckets: [1, 2], change: 1, relativeChange: 1 / 3 } }],
};

// Cost per contact = costs / people reached by marketing touches. Costs from the file are
// "Google Ads" (mapped to Paid Search, whatever the spacing and case) and "WeChat" (not mapped).
const costMetric: TrendCase = {
  name: 'a cost metric filtered by channel: the mapped cost rows and the touches of that channel',
  dataset: dataset({
    events: [
      page('u:u1', at('03-03'), { channel: 'Paid Search' }),
      page('u:u3', at('03-04'), { channel: 'Organic Social' }),
      page('u:u2', at('03-11'), { channel: 'Paid Search' }),
      page('u:u1', at('03-12'), { channel: 'Paid Search' }),
    ],
    costs: [
      cost('2026-03-03', '300.00', 'CNY', { channel: 'Google Ads' }),
      cost('2026-03-04', '500.00', 'CNY', { channel: 'WeChat' }),
      cost('2026-03-10', '100.00', 'CNY', { channel: ' google ads ' }),
      cost('2026-03-20', '50.00', 'CNY', { channel: 'Google Ads' }),
    ],
  }),
  spec: weekly({ metricId: 'marketing-planning.cost-per-contact', filters: [PAID_SEARCH], channelMap: { 'Google Ads': 'Paid Search' } }),
  options: OPTIONS,
  // Period: 400 / 2 people (u1, u2) = 200. Week 1: 300 / 1 (u1). Week 2: 100 / 2 (u2, u1) = 50.
  expected: [{ name: 'total', value: 200, buckets: [300, 50] }],
};

const costProperty: TrendCase = {
  name: 'a property filter on a cost metric is an error naming the filter, never ignored',
  dataset: costMetric.dataset,
  spec: weekly({ metricId: 'marketing-planning.cost-per-contact', filters: [PAID_SEARCH, { kind: 'property', key: 'plan', test: { op: 'equals', value: 'pro' } }] }),
  options: OPTIONS,
  expected: { error: 'TREND_FILTER_NOT_APPLICABLE', path: 'filters.1' },
};

const costTrait: TrendCase = {
  name: 'a trait filter on a cost metric is an error naming the filter',
  dataset: costMetric.dataset,
  spec: weekly({ metricId: 'sales.customer-acquisition-cost', filters: [{ kind: 'trait', key: 'country', test: { op: 'exists' } }] }),
  options: OPTIONS,
  expected: { error: 'TREND_FILTER_NOT_APPLICABLE', path: 'filters.0' },
};

const costBreakdown: TrendCase = {
  name: 'a breakdown by a property of a cost metric is an error',
  dataset: costMetric.dataset,
  spec: weekly({ metricId: 'marketing-planning.cost-per-contact', breakdown: { kind: 'property', key: 'plan' } }),
  options: OPTIONS,
  expected: { error: 'TREND_BREAKDOWN_NOT_APPLICABLE', path: 'breakdown' },
};

const snapshotFilter: TrendCase = {
  name: 'no filter applies to channel statistics',
  dataset: dataset({ channelStats: [snapshot('weibo', 'main', '2026-03-03', { followers: 10 })] }),
  spec: weekly({ metricId: 'new-media-ops.followers', filters: [PAID_SEARCH] }),
  options: OPTIONS,
  expected: { error: 'TREND_FILTER_NOT_APPLICABLE', path: 'filters.0' },
};

// The cost breakdown: WeChat and Google Ads rows by their (mapped) channel, reach by touch channel.
const costByChannel: TrendCase = {
  name: 'a cost metric broken down by channel splits cost rows by their mapped channel',
  dataset: costMetric.dataset,
  spec: weekly({ metricId: 'marketing-planning.cost-per-contact', breakdown: { kind: 'channel' }, channelMap: { 'Google Ads': 'Paid Search' } }),
  options: OPTIONS,
  // Total: 900 / 3 people = 300 (weeks: 800 / 2 (u1, u3) = 400; 100 / 2 = 50).
  // Paid Search: 400 / 2 = 200. Organic Social: no cost, 1 person: 0. WeChat: 500 / nobody: null, not ranked.
  // (other) = everything but Paid Search and Organic Social: the WeChat row, no touch: null, not shown.
  expected: [
    { name: 'total', value: 300, buckets: [400, 50] },
    { name: 'Paid Search', value: 200, buckets: [300, 50] },
    { name: 'Organic Social', value: 0, buckets: [0, null] },
  ],
};

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
  dataset: channelBreakdown.dataset,
  spec: { metricId: 'store-ops.conversion-rate', period: { from: '2026-04-01', to: '2026-04-03', timeZone: 'UTC' }, interval: 'day', breakdown: { kind: 'channel' } },
  options: OPTIONS,
  expected: [{ name: 'total', value: null, buckets: [null, null, null] }],
};

const emptyCount: TrendCase = {
  name: 'an empty range of a count: zeros',
  dataset: channelBreakdown.dataset,
  spec: { metricId: 'store-ops.orders', period: { from: '2026-04-01', to: '2026-04-03', timeZone: 'UTC' }, interval: 'day', breakdown: { kind: 'channel' } },
  options: OPTIONS,
  expected: [{ name: 'total', value: 0, buckets: [0, 0, 0] }],
};

const backwards: TrendCase = {
  name: 'a period that ends before it starts is an error on period.to',
  dataset: channelBreakdown.dataset,
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

export const TREND_CASES: readonly TrendCase[] = [
  channelFilter,
  utmFilter,
  propertyFilter,
  traitFilter,
  channelBreakdown,
  campaignBreakdown,
  ratioBreakdown,
  previousPeriod,
  costMetric,
  costProperty,
  costTrait,
  costBreakdown,
  snapshotFilter,
  costByChannel,
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
