import { cost, dataset, identify, page, snapshot, track } from '../metrics/fixtures/builders';
import { EDGE_TREND_CASES } from './trend-fixtures-edges';
import { at, OPTIONS, order, ORDERS_BY_CHANNEL, PAID_SEARCH, weekly, type TrendCase } from './trend-fixture-kit';

export { seriesSummary, type ExpectedSeries, type TrendCase } from './trend-fixture-kit';

/**
 * Hand-computed trends: each case's arithmetic is in its comments. The reference (`trend.test.ts`)
 * and the DuckDB trend (`packages/server/src/analytics/trend-query.integration.test.ts`) both
 * run every case (one contract, every implementation). Filters, breakdowns, the previous period
 * and costs here; the edges and limits in trend-fixtures-edges.ts; period and builders in
 * trend-fixture-kit.ts.
 */

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
  dataset: ORDERS_BY_CHANNEL,
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
  ...EDGE_TREND_CASES,
];
