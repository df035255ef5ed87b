import type { Period } from './calendar';
import type { EventMatcher } from './event-matcher';
import type { Filter } from './filters';

export type AttributionModel = 'first-touch' | 'last-touch' | 'last-non-direct' | 'linear' | 'time-decay' | 'position-based' | 'data-driven';

export const ATTRIBUTION_MODELS: readonly AttributionModel[] = ['first-touch', 'last-touch', 'last-non-direct', 'linear', 'time-decay', 'position-based', 'data-driven'];

/** The row of conversions that had no touch in their lookback window (channel and campaign). */
export const NO_TOUCH = '(none)';

/**
 * Attribution of conversions to channels and campaigns (MEASUREMENT.md's models). Every rule the
 * SQL implementation must reproduce:
 *
 * **Conversions.** Every action matching `conversion` with a timestamp in `period`, passing every
 * event filter of `filters`, of people passing every trait filter. Each such event is one
 * conversion (two orders are two conversions); its revenue is `event.revenue` in `event.currency`
 * (a conversion without revenue adds none; currency null is reported under `(none)`).
 *
 * **Touches.** `page` and `screen` events of any channel (Direct included: the last-non-direct model
 * needs it), and `track` events named in `touchEvents`. Filters never apply to touches. A
 * conversion's touches are the person's (`personOf`, over the whole dataset) touch events with
 * conversion time - lookback <= timestamp <= conversion time (both edges inclusive; before the
 * period is fine), excluding the conversion event itself, ordered by timestamp then messageId. Then
 * a touch with the same channel and campaign as the touch right before it is dropped (one visit's
 * page views are one touch; the first of the run is kept). A touch's channel is `event.channel`;
 * its campaign is `campaign.name` (utm_campaign) trimmed and lower-cased, or `(none)`.
 *
 * **Credit.** Each conversion hands out exactly 1, over its touches (n of them):
 * - `first-touch` / `last-touch`: 1 to the first / last;
 * - `last-non-direct`: 1 to the last touch whose channel is not `Direct`; all Direct: the last touch;
 * - `linear`: 1/n each;
 * - `time-decay`: weight 2^(-Δt/h), Δt = conversion time - touch time (ms), h = `halfLifeDays` x
 *   86 400 000 ms; credits are the weights divided by their sum (linear if every weight underflows to 0);
 * - `position-based`: n = 1: 1; n = 2: 1/2 each; n >= 3: 0.4 first, 0.4 last, 0.2/(n-2) each middle;
 * - `data-driven`: Markov removal effect (`markov.ts`). Paths: every conversion above with at least
 *   one touch gives its touches' channels -> conversion; every person passing the trait filters
 *   gives their touches inside `period` after their last conversion in the period (all of them when
 *   they have none) -> null, when there is at least one. Consecutive equal channels in a path are
 *   merged. RE(c) = 1 - P(conv without c) / P(conv). A conversion's credit to channel c in its path
 *   = RE(c) / sum of RE over the distinct channels of its path (linear when that sum is 0), shared
 *   equally by its touches of channel c.
 * A conversion without touches gives 1 to channel `(none)`, campaign `(none)`, in every model.
 * Credited revenue = credit x the conversion's revenue.
 *
 * **Rows.** `byChannel`: per channel; `byCampaign`: per (channel, campaign). Sorted by credited
 * conversions (descending), then channel, then campaign. Credits are not rounded. A channel or
 * campaign that touched a conversion has a row even when its credit is 0 (first touch, say).
 */
export interface AttributionSpec {
  readonly period: Period;
  readonly conversion: EventMatcher;
  readonly filters?: readonly Filter[];
  /** Default 30 (days of 24 h before the conversion). */
  readonly lookbackDays?: number;
  /** Default all seven, in `ATTRIBUTION_MODELS` order. */
  readonly models?: readonly AttributionModel[];
  /** Time-decay half-life; default 7 days. */
  readonly halfLifeDays?: number;
  /** Track events that are touches besides page/screen views. Default: Event Attended, Ad Impression, Ad Clicked. */
  readonly touchEvents?: readonly string[];
}

export interface AttributionRow {
  readonly channel: string;
  /** Null on channel rows. */
  readonly campaign: string | null;
  /** Credited conversions (a sum of fractions). */
  readonly conversions: number;
  /** Credited revenue per currency code. */
  readonly revenue: Readonly<Record<string, number>>;
}

export interface ModelAttribution {
  readonly model: AttributionModel;
  readonly byChannel: readonly AttributionRow[];
  readonly byCampaign: readonly AttributionRow[];
}

export interface AttributionResult {
  readonly conversions: number;
  readonly revenue: Readonly<Record<string, number>>;
  readonly models: readonly ModelAttribution[];
  /** The chain behind `data-driven`, when that model was asked for. */
  readonly markov?: { readonly conversionProbability: number; readonly removalEffects: Readonly<Record<string, number>> };
}

export const DEFAULT_LOOKBACK_DAYS = 30;
export const DEFAULT_HALF_LIFE_DAYS = 7;
export const DEFAULT_TOUCH_EVENTS: readonly string[] = ['Event Attended', 'Ad Impression', 'Ad Clicked'];
