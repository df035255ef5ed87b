import type { Breakdown } from './breakdown';
import type { Period } from './calendar';
import type { EventMatcher } from './event-matcher';
import type { Filter } from './filters';

/** A duration; `day` and `week` are fixed 24 h and 168 h (elapsed time, not calendar days). */
export interface Duration {
  readonly value: number;
  readonly unit: 'second' | 'minute' | 'hour' | 'day' | 'week';
}

export type FunnelOrder = 'ordered' | 'strict' | 'any';

/**
 * A funnel, after PostHog's semantics (MEASUREMENT.md). Every rule the SQL implementation must
 * reproduce exactly:
 *
 * **Events looked at.** A person's actions (`track`, `page`, `screen`; never identify/group/alias)
 * with a timestamp inside `period` (all steps, not only the first), passing every event filter of
 * `filters`, of people passing every trait filter. "Person" is `personOf(event)` with identities
 * resolved over the whole dataset, so an anonymous step 1 and an identified step 2 of the same
 * person are one person. A step additionally matches its own `EventMatcher`. Instants compare as
 * epoch milliseconds. One event fills at most one step of an attempt; it may match several step
 * definitions and is then used wherever that lets the person get furthest.
 *
 * **Attempts.** Every event matching step 1 starts an attempt (for `any`: every event matching any
 * step). An attempt reaches step k when steps 1..k are filled by distinct events whose timestamps
 * respect the order, and the last of them is at most `window` after the attempt's first event
 * (inclusive: exactly `window` later still counts; the window is a hard limit).
 *
 * **Identical timestamps.** Events at the same instant are simultaneous: they may fill steps in
 * either order (ordered and strict), i.e. step k+1's event needs a timestamp >= step k's, not >.
 *
 * - `ordered` (default): step k+1's event is at or after step k's; other events may come between.
 * - `strict`: as ordered, and no other action of the person comes between two consecutive steps.
 *   With simultaneous events this means: the actions at one instant form a group; the groups an
 *   attempt uses are consecutive instants; every group strictly between its first and last group
 *   is used entirely; the first and last groups may hold unused events (they are placed before the
 *   first step / after the last one, as simultaneity allows). Hence strict never converts more than
 *   ordered.
 * - `any`: steps in any order: an attempt starting at an event reaches k steps when k distinct
 *   steps are filled by distinct events in [start, start + window]. Step k of the result then means
 *   "k steps done", and its time is the k-th filled event's time.
 *
 * **Which attempt.** A person counts once, with the attempt that gets furthest; ties: the one that
 * starts earliest; then the one whose later steps are earliest (step 2 first, then step 3, ...);
 * then the start event with the smallest messageId. Within an attempt each step takes its earliest
 * possible time (so time-to-convert is the fastest path of the furthest attempt).
 *
 * **Exclusions.** When the chosen attempt reached at least step 2 and the person has an action
 * matching any exclusion (same event pool as the steps) strictly after its step-1 time and strictly
 * before the time of the last step it reached, the person is removed from the whole funnel (from
 * every step's count, and counted in `excludedPeople`). An exclusion at the same instant as a step
 * is not "between" (simultaneous).
 *
 * **Breakdown.** The value is read from the chosen attempt's step-1 event (for `any`: its first
 * event; a trait: from the person), see `breakdown.ts`; each person is in exactly one group.
 *
 * **Output.** Step k's `people`: people (not removed) whose chosen attempt reached step k or
 * further. `conversionFromPrevious`: people(k) / people(k-1) (null for step 1 or when the previous
 * step has nobody); `conversionFromFirst`: people(k) / people(1) (null when step 1 has nobody).
 * `medianTimeToConvertMs`: median over those people of time(step k) - time(step k-1), in
 * milliseconds, the mean of the two middle values for an even count (null for step 1 or nobody).
 */
export interface FunnelSpec {
  readonly period: Period;
  /** At least two. */
  readonly steps: readonly FunnelStep[];
  /** Default `ordered`. */
  readonly order?: FunnelOrder;
  /** From step 1 to the last step; default 14 days (PostHog's default). */
  readonly window?: Duration;
  readonly exclusions?: readonly EventMatcher[];
  readonly filters?: readonly Filter[];
  readonly breakdown?: Breakdown;
}

export interface FunnelStep extends EventMatcher {
  /** Shown in results; defaults to the matcher's own label (`Signed Up`, `page: Pricing`). */
  readonly label?: string;
}

export interface FunnelStepResult {
  /** 1-based. */
  readonly step: number;
  readonly label: string;
  readonly people: number;
  readonly conversionFromPrevious: number | null;
  readonly conversionFromFirst: number | null;
  readonly medianTimeToConvertMs: number | null;
}

export interface FunnelResult {
  readonly steps: readonly FunnelStepResult[];
  /** People removed by an exclusion step. */
  readonly excludedPeople: number;
  /** One entry per breakdown value, most people at step 1 first, then by value; absent without a breakdown. */
  readonly breakdown?: readonly { readonly value: string; readonly steps: readonly FunnelStepResult[] }[];
}

export const DEFAULT_FUNNEL_WINDOW: Duration = { value: 14, unit: 'day' };

const UNIT_MS: Readonly<Record<Duration['unit'], number>> = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

/** A duration in milliseconds. */
export function durationMs(duration: Duration): number {
  return duration.value * UNIT_MS[duration.unit];
}
