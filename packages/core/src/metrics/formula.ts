import type { FunctionId } from '../catalog/types';
import type { CostType } from '../feeds/cost-types';
import type { ChannelMetric } from '../feeds/model';
import type { MessageType } from '../events/model';

/**
 * The computable formula of a metric: a small discriminated union of measure kinds. Each kind is
 * specified here precisely enough to compile to SQL and to agree with the in-memory reference
 * (`reference/`) exactly; when the two disagree, this text decides.
 *
 * Rules shared by every kind:
 * - Period: the calendar dates `from..to` in the period's time zone, as the half-open instants
 *   [start, end) of `periodInstants`. An event is "in the period" when start <= timestamp < end.
 *   Cost records and channel snapshots carry calendar dates: "in the period" is from <= date <= to
 *   (text comparison of `YYYY-MM-DD`).
 * - Person: `personOf(event)` of `analysis/identity.ts`, resolved over the whole dataset.
 * - Order of events: by timestamp, then by messageId (text order), so "first" and "latest" never
 *   depend on storage order.
 * - Audience: when a kind says `audience: true`, only events whose person is a target person count
 *   (see `settings.ts`, `TargetAudienceRule`).
 * - Provisional: a value is provisional while `asOf` < period end; and also, for `sessions`
 *   `duration`, while `asOf` < period end + gap; for `retention` and `followed-within`, while any
 *   cohort member is left out as still waiting; for `activity-goal`, while any counted activity's
 *   window is open; for `ratio` and `product`, while any part is.
 */

/** A literal a condition compares with: strict equality (`===`), no type coercion. */
export type MetricScalar = string | number | boolean;

/** One test on one event; a filter alternative holds when all its conditions hold. */
export type MetricCondition =
  /** The property is present and is not null and not the empty string. */
  | { readonly kind: 'property-exists'; readonly property: string }
  /** The property value is strictly equal to one of `values`. */
  | { readonly kind: 'property-in'; readonly property: string; readonly values: readonly MetricScalar[] }
  /**
   * The property is a finite JSON number with min <= value <= max; with `integer`, also a whole
   * number. Strings are not numbers here ("9" fails), so the SQL side must check the JSON type.
   */
  | { readonly kind: 'property-between'; readonly property: string; readonly min: number; readonly max: number; readonly integer: boolean }
  /** The stored `channel` is (with `negate`: is not) one of `channels`, compared exactly. */
  | { readonly kind: 'channel-in'; readonly channels: readonly string[]; readonly negate?: boolean }
  /** The campaign field (utm_source or utm_medium), lower-cased, is one of `values` (lower case). */
  | { readonly kind: 'campaign-in'; readonly field: 'source' | 'medium'; readonly values: readonly string[] }
  /** utm_source, lower-cased, is one of the workspace's own accounts (`settings.ownAccounts`, lower-cased). */
  | { readonly kind: 'own-account-source' }
  /**
   * The event's `referrer` host is the host of the `url` property of a "Media Mentioned" event
   * whose timestamp is before the period end. Hosts are lower-cased with one leading `www.`
   * removed; a referrer or url that does not parse as an absolute URL matches nothing.
   */
  | { readonly kind: 'mentioned-referrer' }
  /** `pagePath` starts with one of `settings.storePathPrefixes` (none set: never holds). */
  | { readonly kind: 'store-page' }
  /** At least one of `conditions` holds. */
  | { readonly kind: 'any'; readonly conditions: readonly MetricCondition[] };

/**
 * One alternative of a filter: the message type is one of `types`; when `names` is given, the
 * event's `event` field (track name, page or screen name) is one of them; when `excludeNames` is
 * given, it is none of them (a null `event` is never excluded); and every condition holds.
 */
export interface MetricFilterMatch {
  readonly types: readonly MessageType[];
  readonly names?: readonly string[];
  readonly excludeNames?: readonly string[];
  readonly where?: readonly MetricCondition[];
}

/** An event passes a filter when it matches at least one alternative. */
export type MetricFilter = readonly MetricFilterMatch[];

/**
 * What "one" is when counting distinct things.
 * - `person`: personOf(event).
 * - `property`: the property value; strings as they are, numbers as their decimal text (so 7 and
 *   "7" are one value); events where it is absent, null, '' or another type are skipped.
 * - `device`: `context.device.id` when it is a non-empty string, else the anonymousId; events
 *   with neither are skipped.
 * - `message`: the messageId (every event is its own key).
 */
export type MetricKey =
  | { readonly kind: 'person' }
  | { readonly kind: 'message' }
  | { readonly kind: 'property'; readonly property: string }
  | { readonly kind: 'device' };

/** Ways to read a per-store daily record (see {@link DailyRecordsMeasure}). */
export type DailyAggregate =
  /** Sum over the records of the period of a finite-number property; none has one: no value. */
  | { readonly kind: 'sum'; readonly property: string }
  /**
   * Only the store named by `settings.primaryStore` (unset: no value). Per day of the period with
   * a record: `rank` when it is a finite number >= 1, else `chartLength` + 1 when that is a finite
   * number, else the day is skipped. The median of those daily ranks (mean of the two middle ones
   * for an even count); no day: no value.
   */
  | { readonly kind: 'median-rank'; readonly rank: string; readonly chartLength: string }
  /**
   * Per store, the record with the latest date <= period end date whose `value` and `weight` are
   * finite numbers and weight > 0; the weighted mean sum(value * weight) / sum(weight); none: no value.
   */
  | { readonly kind: 'weighted-mean-at-end'; readonly value: string; readonly weight: string };

/**
 * `count`: the number of distinct messageIds of events in the period that pass `filter` (and are
 * of target people when `audience`).
 */
export interface CountMeasure {
  readonly kind: 'count';
  readonly filter: MetricFilter;
  readonly audience?: boolean;
}

/**
 * `distinct`: the number of distinct `key` values over events in the period that pass `filter`
 * (of target people when `audience`). With `atLeast`, a key value counts only when its events
 * carry at least `count` distinct `of` values, looking at the events that pass the filter (and the
 * audience) in the period (`scope: 'period'`) or at any time before the period end
 * (`'through-period-end'`); the key must still have one passing event in the period.
 */
export interface DistinctMeasure {
  readonly kind: 'distinct';
  readonly filter: MetricFilter;
  readonly key: MetricKey;
  readonly audience?: boolean;
  readonly atLeast?: { readonly of: MetricKey; readonly count: number; readonly scope: 'period' | 'through-period-end' };
}

/**
 * `first`: the number of `key` values whose first event ever (over the whole dataset, in event
 * order) passing `filter` is in the period and also meets every condition of `also`.
 */
export interface FirstMeasure {
  readonly kind: 'first';
  readonly filter: MetricFilter;
  readonly key: MetricKey;
  readonly also?: readonly MetricCondition[];
}

/**
 * `money-sum`: per `dedupe` key, the first event in the period passing `filter`; its `amount`
 * property (a finite JSON number, or a plain decimal string `-?digits[.digits]`; anything else and
 * the key adds nothing, a later event of the key is not used instead) in the currency of its
 * `currency` property (trimmed, upper-cased; absent or empty: the reporting currency). Summed exactly per currency and calendar day of the event in the
 * period's zone, each converted at that day's rate (see `money.ts`).
 */
export interface MoneySumMeasure {
  readonly kind: 'money-sum';
  readonly filter: MetricFilter;
  readonly amount: string;
  readonly currency: string;
  readonly dedupe: MetricKey;
}

/**
 * `cost-sum`: cost records dated in the period, restricted to `functionIds` and `costTypes` when
 * given (a record without a function never matches a function list), summed exactly per currency
 * and cost date, each converted at that date's rate (see `money.ts`). Negative amounts (cost
 * refunds) are added as they are.
 */
export interface CostSumMeasure {
  readonly kind: 'cost-sum';
  readonly functionIds?: readonly FunctionId[];
  readonly costTypes?: readonly CostType[];
}

/** `ratio`: numerator / denominator; no value when either has none or the denominator is 0. */
export interface RatioMeasure {
  readonly kind: 'ratio';
  readonly numerator: Measure;
  readonly denominator: Measure;
}

/** `product`: the product of the factors; no value when any factor has none. */
export interface ProductMeasure {
  readonly kind: 'product';
  readonly factors: readonly Measure[];
}

/** `metric`: the value of another metric for the same period and options. */
export interface MetricRefMeasure {
  readonly kind: 'metric';
  readonly id: string;
}

/**
 * `rolling-active`: for each calendar day d of the period, the distinct people with an event
 * passing `filter` on days d-windowDays+1 .. d (workspace calendar days, so the window may reach
 * before the period); the mean of those daily counts. windowDays 1, 7, 30: DAU, WAU, MAU.
 * numerator = the sum of the daily counts, denominator = the number of days.
 */
export interface RollingActiveMeasure {
  readonly kind: 'rolling-active';
  readonly filter: MetricFilter;
  readonly windowDays: number;
}

/**
 * `sessions`: per person, their events passing `filter` over the whole dataset in event order
 * are cut into sessions wherever the gap to the previous event is longer than `gapMinutes`
 * (exactly `gapMinutes` continues the session). A session belongs to the period when its first
 * event is in the period. `count`: the number of such sessions; `duration`: the sum, in seconds,
 * of last-event time minus first-event time (one-event sessions add 0).
 */
export interface SessionsMeasure {
  readonly kind: 'sessions';
  readonly filter: MetricFilter;
  readonly gapMinutes: number;
  readonly aggregate: 'count' | 'duration';
}

/**
 * `retention`: first-time N-day retention. Cohort: people whose first event ever passing `filter`
 * is in the period; their first day is that event's calendar day. Retained: an event passing
 * `filter` on calendar day first day + N. N is `settings.retentionDay`, else `defaultDay`.
 * People whose day N has not ended at `asOf` are left out of both (a day in progress can still
 * retain them). Value retained / cohort; numerator and denominator as counted.
 */
export interface RetentionMeasure {
  readonly kind: 'retention';
  readonly filter: MetricFilter;
  readonly defaultDay: number;
}

/**
 * `followed-within`: cohort: per `key` (person or property), the first event ever passing
 * `cohort`, kept when in the period, at t0. Converted: an event passing `follow` with the same key
 * (same person, or same property value) and t0 <= timestamp < t0 + days x 86 400 000 ms (fixed
 * 24-hour days: the window is a duration, not calendar days). Every cohort member counts, so the
 * value is the conversion so far: it rises as follow events arrive, and is provisional while a
 * member not converted has a window that ends after `asOf`. Value converted / cohort.
 */
export interface FollowedWithinMeasure {
  readonly kind: 'followed-within';
  readonly cohort: MetricFilter;
  readonly key: MetricKey;
  readonly follow: MetricFilter;
  readonly days: number;
}

/**
 * `survey`: `track` "Survey Answered" events in the period with `question` equal to `question`
 * and passing `valid`, of target people when `audience`. One answer per (person, survey_id) (a
 * missing survey_id is the empty id): the latest in event order. `nps`: 100 x (answers scoring
 * 9-10 minus answers scoring 0-6) / answers; `share`: answers passing `positive` / answers.
 * No answer: no value. numerator: promoters minus detractors (nps) or positive answers (share).
 */
export interface SurveyMeasure {
  readonly kind: 'survey';
  readonly question: string;
  readonly valid: MetricCondition;
  readonly scoring: { readonly kind: 'nps' } | { readonly kind: 'share'; readonly positive: MetricCondition };
  readonly audience?: boolean;
}

/**
 * `snapshot`: channel-account statistics, per account = (platform, account). A null value is
 * unknown and is skipped, never read as 0.
 * - `sum`: the sum of the metric over snapshots dated in the period (per-day counters).
 * - `level`: per account, the value of its latest snapshot dated <= the period's last day; summed.
 * - `delta`: per account with a level as above, that level minus its base: the value of its latest
 *   snapshot dated before the period's first day, else (first seen in the period) of its earliest
 *   snapshot dated in the period; summed.
 * No snapshot with a value: no value.
 */
export interface SnapshotMeasure {
  readonly kind: 'snapshot';
  readonly metric: ChannelMetric;
  readonly aggregate: 'sum' | 'level' | 'delta';
}

/**
 * `daily-records`: `track` events named `event` that report one day of one store: `group`
 * property (non-empty string) and `date` property (`YYYY-MM-DD`; the store's own day, compared with
 * the period's dates as text). A resent day replaces the earlier one: per (group, date) the latest
 * record in event order. Then `aggregate` over the records whose date is in the period (for
 * `weighted-mean-at-end`: dated <= the period's last day).
 */
export interface DailyRecordsMeasure {
  readonly kind: 'daily-records';
  readonly event: string;
  readonly group: string;
  readonly date: string;
  readonly aggregate: DailyAggregate;
}

/**
 * `on-time`: `track` events named `event` are records keyed by the `keys` properties (all
 * non-empty); per key the latest record in event order (over the whole dataset) holds. Records
 * whose `due` property is a date `YYYY-MM-DD` in the period count; on time when `completed` is a
 * date `YYYY-MM-DD` <= due. Value on time / due.
 */
export interface OnTimeMeasure {
  readonly kind: 'on-time';
  readonly event: string;
  readonly keys: readonly string[];
  readonly due: string;
  readonly completed: string;
}

/**
 * `activity-goal`: activities that ended in the period: per `activity` property value, the latest
 * `track` `ended` event in event order, when it is in the period and its `goal` property names an
 * event (non-empty string; else the activity is left out). Participants: distinct people with a
 * `track` `joined` event for the activity at or before the end; each joined at their first such
 * event. Converted: a `track` event named the goal by the same person with join time <= timestamp
 * < end + days x 86 400 000 ms. Value: sum of converted / sum of participants.
 */
export interface ActivityGoalMeasure {
  readonly kind: 'activity-goal';
  readonly joined: string;
  readonly ended: string;
  readonly activity: string;
  readonly goal: string;
  readonly days: number;
}

/**
 * `elapsed`: the mean time in seconds from a start event to an end event joined on a property.
 * Ends: per person, the first event ever passing `end`, when in the period and carrying a
 * non-empty `join` property. Its start: the earliest event passing `start` with the same `join`
 * value and timestamp <= the end's. Ends without a start are left out. numerator: total seconds,
 * denominator: pairs.
 */
export interface ElapsedMeasure {
  readonly kind: 'elapsed';
  readonly start: MetricFilter;
  readonly end: MetricFilter;
  readonly join: string;
}

/** Every kind of measure. Add a kind only with its SQL compilation and a property test. */
export type Measure =
  | CountMeasure
  | DistinctMeasure
  | FirstMeasure
  | MoneySumMeasure
  | CostSumMeasure
  | RatioMeasure
  | ProductMeasure
  | MetricRefMeasure
  | RollingActiveMeasure
  | SessionsMeasure
  | RetentionMeasure
  | FollowedWithinMeasure
  | SurveyMeasure
  | SnapshotMeasure
  | DailyRecordsMeasure
  | OnTimeMeasure
  | ActivityGoalMeasure
  | ElapsedMeasure;

export type MeasureKind = Measure['kind'];
