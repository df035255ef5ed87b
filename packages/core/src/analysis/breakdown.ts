import type { StoredEvent } from '../events/model';
import { textForm, type UtmField } from './filters';

/**
 * One optional breakdown of an analysis: by the event's channel, one UTM field, one event property
 * or one trait of the person. Which event is read is said by each analysis (the funnel reads the
 * event of its first step).
 */
export type Breakdown =
  | { readonly kind: 'channel' }
  | { readonly kind: 'campaign'; readonly field: UtmField }
  | { readonly kind: 'property'; readonly key: string }
  | { readonly kind: 'trait'; readonly key: string };

/** The group of events whose breakdown value is absent, null, or not a scalar (object, array). */
export const NO_VALUE = '(none)';

/**
 * The breakdown value: the text form of the value (see `filters.ts`), else `(none)`. UTM values
 * are lower-cased, so `Spring` and `spring` are one group (UTM fields match ignoring case); the
 * channel group name is kept as is (it comes from a fixed list).
 *
 * @example breakdownValue({ kind: 'property', key: 'plan' }, event, {}) // 'pro'
 */
export function breakdownValue(breakdown: Breakdown, event: StoredEvent, traits: Readonly<Record<string, unknown>>): string {
  if (breakdown.kind === 'channel') return event.channel;
  if (breakdown.kind === 'campaign') return textForm(event.campaign[breakdown.field])?.toLowerCase() ?? NO_VALUE;
  const source = breakdown.kind === 'property' ? event.properties : traits;
  return (Object.hasOwn(source, breakdown.key) ? textForm(source[breakdown.key]) : null) ?? NO_VALUE;
}
