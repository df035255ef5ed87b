import type { StoredEvent } from '../events/model';
import { matchesEventFilters, type EventFilter } from './filters';

/**
 * What an analysis step looks for: a `track` event by name, or a `page` / `screen` view (by page
 * name when given, any page otherwise), plus event filters that must all pass. Names compare
 * exactly (case-sensitive), as the event vocabulary fixes them.
 */
export type EventTarget =
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'page'; readonly name?: string }
  | { readonly kind: 'screen'; readonly name?: string };

export interface EventMatcher {
  readonly target: EventTarget;
  readonly where?: readonly EventFilter[];
}

/**
 * @example matchesEvent({ target: { kind: 'event', event: 'Order Completed' } }, event)
 */
export function matchesEvent(matcher: EventMatcher, event: StoredEvent): boolean {
  const { target } = matcher;
  if (target.kind === 'event') {
    if (event.type !== 'track' || event.event !== target.event) return false;
  } else {
    if (event.type !== target.kind) return false;
    if (target.name !== undefined && event.event !== target.name) return false;
  }
  return matchesEventFilters(event, matcher.where);
}

/** A short label for a matcher, for result rows. */
export function matcherLabel(matcher: EventMatcher): string {
  const { target } = matcher;
  if (target.kind === 'event') return target.event;
  return target.name === undefined ? `any ${target.kind}` : `${target.kind}: ${target.name}`;
}
