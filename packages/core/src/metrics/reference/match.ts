import type { StoredEvent } from '../../events/model';
import { EVENTS, PROPS } from '../vocabulary';
import type { MetricCondition, MetricFilter, MetricFilterMatch, MetricKey } from '../formula';
import type { EvalContext } from './context';

/** A property value that is present and not null and not ''. */
export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Host of an absolute URL, lower-cased, one leading `www.` removed; null when it does not parse. */
export function hostOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    if (host === '') return null;
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return null;
  }
}

const mentionedHosts = new WeakMap<EvalContext, ReadonlySet<string>>();

function hostsMentionedBeforeEnd(ctx: EvalContext): ReadonlySet<string> {
  let hosts = mentionedHosts.get(ctx);
  if (hosts === undefined) {
    const found = new Set<string>();
    // Why every event: a mention is a fact about the press, not one of the events a scope counts.
    for (const event of ctx.allEvents) {
      if (event.type !== 'track' || event.event !== EVENTS.mediaMentioned || event.timestamp.getTime() >= ctx.end) continue;
      const host = hostOf(event.properties[PROPS.url]);
      if (host !== null) found.add(host);
    }
    hosts = found;
    mentionedHosts.set(ctx, hosts);
  }
  return hosts;
}

export function holds(ctx: EvalContext, event: StoredEvent, condition: MetricCondition): boolean {
  switch (condition.kind) {
    case 'property-exists':
      return hasValue(event.properties[condition.property]);
    case 'property-in': {
      const value = event.properties[condition.property];
      return condition.values.some((v) => v === value);
    }
    case 'property-between': {
      const value = event.properties[condition.property];
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      if (condition.integer && !Number.isInteger(value)) return false;
      return value >= condition.min && value <= condition.max;
    }
    case 'channel-in': {
      const found = condition.channels.includes(event.channel);
      return condition.negate === true ? !found : found;
    }
    case 'campaign-in': {
      const value = event.campaign[condition.field];
      return value !== null && condition.values.includes(value.toLowerCase());
    }
    case 'own-account-source': {
      const source = event.campaign.source;
      const own = ctx.settings.ownAccounts ?? [];
      return source !== null && own.some((account) => account.toLowerCase() === source.toLowerCase());
    }
    case 'mentioned-referrer': {
      const host = hostOf(event.referrer);
      return host !== null && hostsMentionedBeforeEnd(ctx).has(host);
    }
    case 'store-page': {
      const path = event.pagePath;
      const prefixes = ctx.settings.storePathPrefixes ?? [];
      return path !== null && prefixes.some((prefix) => path.startsWith(prefix));
    }
    case 'any':
      return condition.conditions.some((c) => holds(ctx, event, c));
  }
}

function matchesOne(ctx: EvalContext, event: StoredEvent, match: MetricFilterMatch): boolean {
  if (!match.types.includes(event.type)) return false;
  if (match.names !== undefined && (event.event === null || !match.names.includes(event.event))) return false;
  if (match.excludeNames !== undefined && event.event !== null && match.excludeNames.includes(event.event)) return false;
  return (match.where ?? []).every((condition) => holds(ctx, event, condition));
}

/** True when the event matches at least one alternative of the filter. */
export function passes(ctx: EvalContext, event: StoredEvent, filter: MetricFilter): boolean {
  return filter.some((match) => matchesOne(ctx, event, match));
}

/** The key of an event (see MetricKey), or null when the event has none and is skipped. */
export function keyOf(ctx: EvalContext, event: StoredEvent, key: MetricKey): string | null {
  switch (key.kind) {
    case 'person':
      return ctx.personOf(event);
    case 'message':
      return event.messageId;
    case 'property':
      return propertyKey(event.properties[key.property]);
    case 'device': {
      const device = event.context['device'];
      const id = typeof device === 'object' && device !== null ? (device as Record<string, unknown>)['id'] : undefined;
      if (typeof id === 'string' && id !== '') return id;
      return event.anonymousId !== null && event.anonymousId !== '' ? event.anonymousId : null;
    }
  }
}

/** Strings as they are, finite numbers as their decimal text; anything else is no key. */
export function propertyKey(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
