import type { MetricResult } from '../metrics/compute';
import type { Breakdown } from './breakdown';
import type { Interval, Period } from './calendar';
import type { Filter } from './filters';

/**
 * Trend: any metric of the registry over a period, by day, week or month, with the analyses'
 * shared filters (`filters.ts`), one breakdown (`breakdown.ts`), and the previous period. Every
 * rule the SQL implementation must follow (`packages/server/src/analytics/trend-query.ts`) is here.
 *
 * **Buckets.** The period's days, ISO weeks (Monday first) or months in its time zone, the first
 * and last clipped to the period (as `computeMetricByBucket`). Each bucket is a period of its own
 * for the metric: a distinct count counts a person once per bucket, so buckets need not add up to
 * the period's value, which every series also gives (`value`). At most `TREND_BUCKETS_LIMIT`
 * buckets (`TREND_TOO_MANY_BUCKETS`, path `interval`); `from` after `to` is `TREND_PERIOD_INVALID`.
 *
 * **Filters on events.** Every filter must pass. A filter restricts *every event the metric's
 * formula reads*, inside the period or not: the metric is computed as if the workspace had only
 * the events that pass (`MetricScope` of the metric reference). An event filter (`channel`,
 * `campaign`, `property`) tests the event itself; a `trait` filter keeps the events of the people
 * whose traits pass, a person's traits being those of their latest `identify` call ever
 * (`people.ts`, as funnels and retention read them), identities resolved over all events, so an
 * anonymous visit counts for the user the device was later linked to. What follows from "as if
 * only these events existed":
 * - a first-time metric (new customers) counts the people whose first *passing* event is in the
 *   period: filtered by channel `Paid Search`, the people whose first Paid Search order is in it;
 * - a cohort metric (N-day retention, conversion within N days, sessions, elapsed time) needs its
 *   start and its follow-up events to pass;
 * - a ratio's numerator and denominator are both restricted (a conversion rate within the filter).
 * What a filter never restricts: who a person is (identity), who the workspace's target audience
 * is (`targetAudience` reads the traits of every identify call) and which hosts the press
 * mentioned (`mentioned-referrer` reads every "Media Mentioned" event): those describe people and
 * the press, not what is counted.
 *
 * **Filters on feeds.** A cost sum reads cost rows, which carry a channel as the cost file names
 * it, a campaign, a date and money, and nothing else. A `channel` filter tests the row's channel
 * mapped through `channelMap` (cost-file channel name, compared trimmed and ignoring case, to a
 * channel group; an unmapped row keeps its own name, trimmed), ignoring case as for events, so
 * `channelMap: { 'Google Ads': 'Paid Search' }` lets `channel equals Paid Search` keep both the
 * paid-search visits and the Google Ads costs of a cost per contact. A `campaign` filter on
 * `name` (utm_campaign) tests the row's campaign, ignoring case. Any other UTM field, a
 * `property` or a `trait` cannot be tested on a cost row: `TREND_FILTER_NOT_APPLICABLE` naming
 * the filter (`filters.<index>`) and why, never a silently unfiltered cost. Channel statistics
 * (followers, reads) are per platform account and carry no channel group, campaign, property or
 * person, so no filter applies to a metric that reads them.
 *
 * **Breakdown.** Splits the metric by the breakdown value of `breakdown.ts` (`channel` as
 * stored; a `campaign` field lower-cased; a `property` or `trait` by its text form; a missing or
 * non-scalar value is the group `(none)`). For a cost row: `channel` is its mapped channel (as for
 * filters), `campaign` `name` its campaign lower-cased (`(none)` when it has none); any other
 * breakdown of a metric reading costs, and any breakdown of one reading channel statistics, is
 * `TREND_BREAKDOWN_NOT_APPLICABLE` (path `breakdown`).
 * - A group's series is the metric computed with the filters *and* "breakdown value is v", as if
 *   the workspace had only that value's events (and cost rows). So a ratio per value is the ratio
 *   within the group, and groups need not add up to the total (a person with events in two
 *   groups counts in both), which is why the total is computed on its own.
 * - Candidate values: those of the events that pass the filters, are in the period and are of a
 *   type and name the formula reads (its filters' types, names and excluded names; their `where`
 *   conditions are not looked at), and of the cost rows dated in the period that pass the filters.
 *   More than `TREND_BREAKDOWN_VALUES_LIMIT` is `TREND_BREAKDOWN_TOO_MANY_VALUES`.
 * - Each candidate's value over the whole period; the candidates with a value (not null: a
 *   group with no denominator has no rate, but 0 is a value, a conversion rate of 0 says
 *   something) rank by it, largest first, ties by the value's text (code-unit order); the first
 *   `TREND_SERIES_LIMIT` get a series of their own.
 * - `(other)`: the metric over the events and cost rows whose value is none of the series'
 *   values, together: the ranked candidates beyond the limit, the candidates without a value, and
 *   any value that is no candidate (seen only outside the period, as when a rolling 30-day window
 *   reaches before it, or a daily record is dated in the period but was sent after it). It is a
 *   series when it holds ranked candidates (`mergedValues`, how many) or when its value over the
 *   period is something (not null, not 0).
 * - Order: the total first, then the groups by rank, then `(other)`.
 *
 * **Previous period** (`compare`). The same number of days right before the period
 * (`previousPeriod`). Every series (with the groups chosen on the current period) also gets its
 * value over it, and, per bucket, the value of that bucket moved back by the period's length in
 * days, so bucket i and its previous cover as many days (for a period that is not whole weeks or
 * months, those are not calendar weeks or months). `change` = value - previous value,
 * `relativeChange` = change / |previous value|; null when either is null (or previous is 0).
 *
 * **Everything else** is the metric's own: `asOf` and provisional values, money in the reporting
 * currency, settings. The result's points are `MetricResult`s, as `computeMetric` gives them.
 */
export interface TrendSpec {
  /** A metric id of the registry, e.g. `store-ops.orders`. */
  readonly metricId: string;
  readonly period: Period;
  readonly interval: Interval;
  readonly filters?: readonly Filter[];
  readonly breakdown?: Breakdown;
  /** Also the previous period of the same length. */
  readonly compare?: boolean;
  /** Cost-file channel names (e.g. `Google Ads`) to channel groups (e.g. `Paid Search`), as in reach. */
  readonly channelMap?: Readonly<Record<string, string>>;
}

/** At most this many breakdown values get a series of their own; the rest are `(other)`. */
export const TREND_SERIES_LIMIT = 10;

/** At most this many candidate breakdown values are ranked (each is one more computation). */
export const TREND_BREAKDOWN_VALUES_LIMIT = 200;

/** At most this many buckets (a leap year of days fits). */
export const TREND_BUCKETS_LIMIT = 400;

/** The name of the series that merges the values beyond the limit. */
export const OTHER_GROUP = '(other)';

/** The previous period of a series: its value, per bucket, and the change. */
export interface TrendPrevious {
  readonly value: MetricResult;
  readonly buckets: readonly MetricResult[];
  /** value - previous value; null when either has none. */
  readonly change: number | null;
  /** change / |previous value|; null when either has none or the previous value is 0. */
  readonly relativeChange: number | null;
}

/** One line of the trend: the total, one breakdown value, or `(other)`. */
export interface TrendSeries {
  readonly kind: 'total' | 'group' | 'other';
  /** `total`, the breakdown value, or `(other)`. */
  readonly name: string;
  /** The metric over the whole period. */
  readonly value: MetricResult;
  /** The metric per bucket, in order. */
  readonly buckets: readonly MetricResult[];
  readonly previous?: TrendPrevious;
  /** `(other)` only: the ranked breakdown values (with a value of their own) it holds. */
  readonly mergedValues?: number;
}

export interface TrendResult {
  readonly metricId: string;
  readonly unit: MetricResult['unit'];
  readonly period: Period;
  readonly interval: Interval;
  /** With `compare`: the period the previous values cover. */
  readonly previousPeriod?: Period;
  readonly breakdown?: TrendSpec['breakdown'];
  readonly series: readonly TrendSeries[];
}
