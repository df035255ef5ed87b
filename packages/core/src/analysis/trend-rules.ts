import type { StoredEvent } from '../events/model';
import type { CostRecord } from '../feeds/model';
import type { MetricDefinition } from '../metrics/definition';
import type { Measure, MetricFilterMatch } from '../metrics/formula';
import { metricReads } from '../metrics/reads';
import { EVENTS } from '../metrics/vocabulary';
import { NO_VALUE, type Breakdown } from './breakdown';
import { addDays, bucketsBetween, daysBetween, nextBucket, parseCalendarDate, previousPeriod, type Interval, type Period } from './calendar';
import { testValue, textForm, type Filter } from './filters';
import { TrendError } from './trend-error';
import { TREND_BREAKDOWN_VALUES_LIMIT, TREND_BUCKETS_LIMIT, TREND_SERIES_LIMIT, type TrendResult, type TrendSeries, type TrendSpec } from './trend-spec';


/** The change rule of every comparison (exact for money), shared with the metric engine. */
export { changeBetween } from '../metrics/change';
/**
 * The rules of `trend-spec.ts` that do not depend on where the events live: applicability of
 * filters and breakdowns, buckets, cost rows, the formula's event selectors and the ranking of
 * breakdown values. The reference (`trend.ts`) and the SQL implementation both call these, so the
 * parts that are plain arithmetic on a few values cannot drift apart.
 */

/** Which restriction a series computes under: everything, one breakdown value, or all but some. */
export type TrendGroup =
  | { readonly kind: 'total' }
  | { readonly kind: 'group'; readonly value: string }
  | { readonly kind: 'other'; readonly excluded: readonly string[] };

/** What a checked spec needs: its buckets, their previous, and what the formula reads. */
export interface TrendPlan {
  readonly buckets: readonly Period[];
  readonly previousPeriod: Period;
  readonly previousBuckets: readonly Period[];
  /** The formula sums cost rows (so filters and breakdowns apply to them too). */
  readonly readsCosts: boolean;
  /** The types and names of the events the formula reads (breakdown candidates). */
  readonly selectors: readonly EventSelector[];
}

/** A type and name test of a formula filter, without its `where` conditions. */
export type EventSelector = Omit<MetricFilterMatch, 'where'>;

function checkPeriod(period: Period): void {
  for (const field of ['from', 'to'] as const) {
    try {
      parseCalendarDate(period[field]);
    } catch {
      throw new TrendError('TREND_PERIOD_INVALID', `period.${field}`, `${period[field]} is not a day of the calendar`);
    }
  }
  if (period.from > period.to) throw new TrendError('TREND_PERIOD_INVALID', 'period.to', `the period ends (${period.to}) before it starts (${period.from})`);
}

/** The buckets of a period, clipped to it (as `computeMetricByBucket`). */
export function trendBuckets(period: Period, interval: Interval): Period[] {
  return bucketsBetween(period.from, period.to, interval).map((bucket) => {
    const last = addDays(nextBucket(bucket, interval), -1);
    return { from: bucket < period.from ? period.from : bucket, to: last > period.to ? period.to : last, timeZone: period.timeZone };
  });
}

const FEED_REASON = {
  costs: 'cost rows carry only a channel and a campaign name',
  stats: 'channel statistics are per platform account and carry no channel group, campaign, property or person',
};

function filterProblem(filter: Filter, costs: boolean, stats: boolean): string | null {
  if (stats) return `this metric reads channel statistics; ${FEED_REASON.stats}, so no filter applies`;
  if (!costs) return null;
  if (filter.kind === 'channel' || (filter.kind === 'campaign' && filter.field === 'name')) return null;
  const what = filter.kind === 'campaign' ? `a campaign ${filter.field} (utm field)` : filter.kind === 'property' ? `a property ("${filter.key}")` : `a trait of a person ("${filter.key}")`;
  return `this metric sums cost rows; ${FEED_REASON.costs}, so ${what} cannot be tested on them`;
}

function breakdownProblem(breakdown: Breakdown, costs: boolean, stats: boolean): string | null {
  if (stats) return `this metric reads channel statistics; ${FEED_REASON.stats}, so it cannot be broken down`;
  if (!costs || breakdown.kind === 'channel' || (breakdown.kind === 'campaign' && breakdown.field === 'name')) return null;
  return `this metric sums cost rows; ${FEED_REASON.costs}, so they cannot be split by ${breakdown.kind === 'campaign' ? `campaign ${breakdown.field}` : `${breakdown.kind} "${breakdown.key}"`}`;
}

/**
 * Checks a spec against its metric (period, bucket count, filters and breakdown on feeds) and
 * returns what both engines need. Throws `TrendError` naming the part at fault.
 */
export function planTrend(spec: TrendSpec, definition: MetricDefinition, lookup: (id: string) => MetricDefinition | undefined): TrendPlan {
  checkPeriod(spec.period);
  const buckets = trendBuckets(spec.period, spec.interval);
  if (buckets.length > TREND_BUCKETS_LIMIT) {
    throw new TrendError('TREND_TOO_MANY_BUCKETS', 'interval', `${buckets.length} ${spec.interval} buckets; a trend answers at most ${TREND_BUCKETS_LIMIT} (use a longer interval or a shorter period)`);
  }
  const feeds = metricReads(definition, lookup).feeds;
  const costs = feeds.includes('costs');
  const stats = feeds.includes('channel-stats');
  (spec.filters ?? []).forEach((filter, index) => {
    const problem = filterProblem(filter, costs, stats);
    if (problem !== null) throw new TrendError('TREND_FILTER_NOT_APPLICABLE', `filters.${index}`, problem);
  });
  if (spec.breakdown !== undefined) {
    const problem = breakdownProblem(spec.breakdown, costs, stats);
    if (problem !== null) throw new TrendError('TREND_BREAKDOWN_NOT_APPLICABLE', 'breakdown', problem);
  }
  const shift = daysBetween(spec.period.from, spec.period.to) + 1;
  const back = (p: Period): Period => ({ from: addDays(p.from, -shift), to: addDays(p.to, -shift), timeZone: p.timeZone });
  return {
    buckets,
    previousPeriod: previousPeriod(spec.period),
    previousBuckets: buckets.map(back),
    readsCosts: costs,
    selectors: formulaSelectors(definition.formula, lookup),
  };
}

/** A cost row's channel for filters and breakdowns: mapped by `channelMap` (trimmed, ignoring case), else its own, trimmed. */
export function costChannel(cost: CostRecord, channelMap: TrendSpec['channelMap']): string {
  const own = cost.channel.trim();
  const key = own.toLowerCase();
  let mapped: string | undefined;
  // Why the last match: reach builds a Map of the same keys, where a later spelling overwrites.
  for (const [from, to] of Object.entries(channelMap ?? {})) if (from.trim().toLowerCase() === key) mapped = to;
  return mapped ?? own;
}

/**
 * Whether a cost row passes every filter (after `planTrend`, only `channel` and `campaign` `name`
 * filters are left for metrics reading costs; the others never reach here).
 */
export function costPassesFilters(cost: CostRecord, filters: readonly Filter[] | undefined, channelMap: TrendSpec['channelMap']): boolean {
  return (filters ?? []).every((filter) => {
    const holds = costFilterHolds(cost, filter, channelMap);
    if (holds === null) throw new RangeError(`a ${filter.kind} filter cannot test a cost row (planTrend rejects it)`);
    return holds;
  });
}

/**
 * One filter on a cost row, as the trend and reach both read it: a `channel` filter tests the
 * mapped channel, a `campaign` `name` filter the campaign (both ignoring case); null when a cost
 * row cannot be tested by the filter (a property, a trait, another UTM field).
 */
export function costFilterHolds(cost: CostRecord, filter: Filter, channelMap: TrendSpec['channelMap']): boolean | null {
  if (filter.kind === 'channel') return testValue(costChannel(cost, channelMap), filter.test, true);
  if (filter.kind === 'campaign' && filter.field === 'name') return testValue(cost.campaign, filter.test, true);
  return null;
}

/** A cost row's breakdown value: its mapped channel, or its campaign lower-cased (`(none)` without one). */
export function costBreakdownValue(breakdown: Breakdown, cost: CostRecord, channelMap: TrendSpec['channelMap']): string {
  if (breakdown.kind === 'channel') return costChannel(cost, channelMap);
  if (breakdown.kind === 'campaign' && breakdown.field === 'name') return textForm(cost.campaign)?.toLowerCase() ?? NO_VALUE;
  throw new RangeError(`a ${breakdown.kind} breakdown cannot split cost rows (planTrend rejects it)`);
}

const track = (...names: string[]): EventSelector => ({ types: ['track'], names });

/** The types and names of events a formula reads, following metric references. */
export function formulaSelectors(measure: Measure, lookup: (id: string) => MetricDefinition | undefined): EventSelector[] {
  const strip = (filter: readonly MetricFilterMatch[]): EventSelector[] => filter.map(({ where: _where, ...selector }) => selector);
  switch (measure.kind) {
    case 'count':
    case 'distinct':
    case 'first':
    case 'money-sum':
    case 'rolling-active':
    case 'sessions':
    case 'retention':
      return strip(measure.filter);
    case 'followed-within':
      return [...strip(measure.cohort), ...strip(measure.follow)];
    case 'elapsed':
      return [...strip(measure.start), ...strip(measure.end)];
    case 'survey':
      return [track(EVENTS.surveyAnswered)];
    case 'daily-records':
    case 'on-time':
      return [track(measure.event)];
    case 'activity-goal':
      return [track(measure.joined, measure.ended)];
    case 'ratio':
      return [...formulaSelectors(measure.numerator, lookup), ...formulaSelectors(measure.denominator, lookup)];
    case 'product':
      return measure.factors.flatMap((factor) => formulaSelectors(factor, lookup));
    case 'metric': {
      const target = lookup(measure.id);
      return target === undefined ? [] : formulaSelectors(target.formula, lookup);
    }
    case 'cost-sum':
    case 'snapshot':
      return [];
  }
}

/** Whether an event is of a type and name one of the selectors reads (`matchesOne` without `where`). */
export function selectorsMatch(event: StoredEvent, selectors: readonly EventSelector[]): boolean {
  return selectors.some((s) => {
    if (!s.types.includes(event.type)) return false;
    if (s.names !== undefined && (event.event === null || !s.names.includes(event.event))) return false;
    return s.excludeNames === undefined || event.event === null || !s.excludeNames.includes(event.event);
  });
}

/** The candidate breakdown values, sorted, once their number is checked against the limit. */
export function checkedCandidates(values: ReadonlySet<string>): string[] {
  if (values.size > TREND_BREAKDOWN_VALUES_LIMIT) {
    throw new TrendError('TREND_BREAKDOWN_TOO_MANY_VALUES', 'breakdown', `more than ${TREND_BREAKDOWN_VALUES_LIMIT} distinct values in the period; a trend ranks at most ${TREND_BREAKDOWN_VALUES_LIMIT} (filter first, or break down by a field with fewer values)`);
  }
  return [...values].sort();
}

/** A value that is "something" (not null, not 0): when `(other)` is shown although nothing was cut. */
export function hasTrendValue(value: number | null): value is number {
  return value !== null && value !== 0;
}

/**
 * The breakdown values that get a series: the candidates with a value (not null; 0 is a value, a
 * conversion rate of 0 says something), largest first, ties by text (code-unit order), the first
 * `TREND_SERIES_LIMIT`; and how many of them were left out (merged into `(other)`).
 */
export function rankGroups(candidates: readonly { readonly name: string; readonly value: number | null }[]): { shown: string[]; merged: number } {
  const ranked = candidates
    .filter((c): c is { name: string; value: number } => c.value !== null)
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { shown: ranked.slice(0, TREND_SERIES_LIMIT).map((c) => c.name), merged: Math.max(0, ranked.length - TREND_SERIES_LIMIT) };
}

/** Whether `(other)` is a series: it holds values cut by the limit, or has a value (not null, not 0) of its own. */
export function showsOther(merged: number, value: number | null): boolean {
  return merged > 0 || hasTrendValue(value);
}


/** The answer around its series (one shape for both engines). */
export function trendResultOf(spec: TrendSpec, definition: MetricDefinition, plan: TrendPlan, series: readonly TrendSeries[]): TrendResult {
  return {
    metricId: definition.id,
    unit: definition.unit,
    period: spec.period,
    interval: spec.interval,
    ...(spec.compare === true ? { previousPeriod: plan.previousPeriod } : {}),
    ...(spec.breakdown === undefined ? {} : { breakdown: spec.breakdown }),
    series,
  };
}
