import type { Breakdown } from './breakdown';
import type { Interval, Period } from './calendar';
import type { EventMatcher } from './event-matcher';
import type { Filter } from './filters';

/**
 * Retention as a cohort matrix, on calendar buckets of the workspace zone (MEASUREMENT.md: calendar
 * days by default, not Amplitude's rolling 24 h). Every rule the SQL implementation must reproduce:
 *
 * **Events.** Actions (track/page/screen) of people passing the trait filters, passing every event
 * filter, at any time (not only inside `period`: a first-time cohort needs the person's whole
 * history, and returns are counted after the period too). Start and return events additionally
 * match `startEvent` / `returnEvent`; the same event may be both. "Person" is `personOf(event)`.
 * An event's bucket: `bucketOf(localDate(timestamp, period.timeZone), interval)`.
 *
 * **Cohorts.** One per bucket of `bucketsBetween(period.from, period.to, interval)`, in order, even
 * when empty. Only start events whose *local date* is within `period.from..period.to` count, also
 * in a first or last bucket that reaches outside the period.
 * - `first-time`: the person's first start event ever (earliest timestamp; ties: smallest
 *   messageId) is the anchor; the person belongs to its bucket's cohort if its date is in the
 *   period (a person whose first start is before the period is in no cohort).
 * - `recurring`: the person belongs to every bucket's cohort in which they have a start event in the
 *   period; the anchor is their earliest start event in that bucket.
 *
 * **Retained at period k** (k = 0..periods; bucket k = the cohort's bucket advanced k buckets):
 * - `on` (N-day): a return event in bucket k;
 * - `unbounded` (N-day or later): a return event in bucket k or any later bucket.
 * At k = 0 the return event must also be at or after the anchor's timestamp (a return before the
 * start in the same bucket does not count; the anchor itself counts when it matches `returnEvent`).
 *
 * **Completeness.** A cell is `complete` when its bucket has ended by `asOf` (the start of the next
 * bucket, in the zone, is <= `asOf`); an incomplete cell's counts are what the data holds so far.
 * `rate` is retained / cohort size, null for an empty cohort. `overall[k]` sums, over the cohorts
 * whose cell k is complete, sizes and retained counts (a people-weighted average).
 *
 * **Breakdown.** The value is read from the anchor (a trait: from the person), so in recurring
 * retention one person may sit in different groups in different cohorts. Each group gets the same
 * matrix, computed over its members only; groups are sorted by total cohort size (descending), then
 * value.
 */
export interface RetentionSpec {
  readonly period: Period;
  readonly interval: Interval;
  /** The last period k reported; cells k = 0..periods. A whole number >= 0. */
  readonly periods: number;
  readonly kind: 'first-time' | 'recurring';
  /** Default `on`. */
  readonly mode?: 'on' | 'unbounded';
  readonly startEvent: EventMatcher;
  readonly returnEvent: EventMatcher;
  readonly filters?: readonly Filter[];
  /** "Now" for completeness; the caller passes it, so results never depend on the clock. */
  readonly asOf: Date;
  readonly breakdown?: Breakdown;
}

export interface RetentionCell {
  readonly period: number;
  /** First calendar date of bucket k. */
  readonly bucket: string;
  readonly retained: number;
  readonly rate: number | null;
  readonly complete: boolean;
}

export interface RetentionCohort {
  /** First calendar date of the cohort's bucket. */
  readonly bucket: string;
  readonly size: number;
  readonly cells: readonly RetentionCell[];
}

export interface RetentionMatrix {
  readonly cohorts: readonly RetentionCohort[];
  readonly overall: readonly { readonly period: number; readonly cohortSize: number; readonly retained: number; readonly rate: number | null }[];
}

export interface RetentionResult extends RetentionMatrix {
  /** One matrix per breakdown value; absent without a breakdown. */
  readonly breakdown?: readonly ({ readonly value: string } & RetentionMatrix)[];
}
