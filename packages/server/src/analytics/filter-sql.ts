import { NO_VALUE, splitFilters, type Breakdown, type EventFilter, type EventMatcher, type Filter, type UtmField } from '@marketops/core';
import type { ParamSink } from './sql-params';
import { columnSlot, jsonSlot, valueTestSql } from './value-test-sql';

/**
 * Filters, event matchers and breakdowns as SQL expressions over `events_resolved e` joined to
 * the person's latest traits `t` (see `actions-sql.ts`). Rules: `filters.ts`, `event-matcher.ts`,
 * `breakdown.ts` of the core; column names come from the allow-list below only.
 */
const UTM_COLUMNS: Readonly<Record<UtmField, string>> = {
  source: 'e.utm_source',
  medium: 'e.utm_medium',
  name: 'e.utm_campaign',
  term: 'e.utm_term',
  content: 'e.utm_content',
  id: 'e.utm_id',
  sourcePlatform: 'e.utm_source_platform',
  creativeFormat: 'e.utm_creative_format',
  marketingTactic: 'e.utm_marketing_tactic',
};

/** The SQL column of a UTM field (allow-listed). */
export function utmColumn(field: UtmField): string {
  const column = UTM_COLUMNS[field];
  if (column === undefined) throw new RangeError(`unknown UTM field: ${String(field)}`);
  return column;
}

/** The person's latest identify traits (NULL when they never identified). */
export const TRAITS = 't.traits';

/** One event filter of `filters.ts` (channel and UTM fields ignore case; properties do not). */
export function eventFilterSql(filter: EventFilter, params: ParamSink): string {
  if (filter.kind === 'channel') return valueTestSql(columnSlot('e.channel'), filter.test, true, params);
  if (filter.kind === 'campaign') return valueTestSql(columnSlot(utmColumn(filter.field)), filter.test, true, params);
  if (filter.kind !== 'property') throw new RangeError(`unknown event filter: ${String((filter as { kind: unknown }).kind)}`);
  return valueTestSql(jsonSlot('e.properties', filter.key, params), filter.test, false, params);
}

function all(conditions: readonly string[]): string {
  return conditions.length === 0 ? 'TRUE' : conditions.map((c) => `(${c})`).join(' AND ');
}

/** Every event filter of a list (`TRUE` for none). */
export function eventFiltersSql(filters: readonly EventFilter[] | undefined, params: ParamSink): string {
  return all((filters ?? []).map((f) => eventFilterSql(f, params)));
}

/** The event and trait parts of a filter list, each as one condition. */
export function filtersSql(filters: readonly Filter[] | undefined, params: ParamSink): { events: string; traits: string } {
  const split = splitFilters(filters);
  return {
    events: eventFiltersSql(split.events, params),
    traits: all(split.traits.map((f) => valueTestSql(jsonSlot(TRAITS, f.key, params), f.test, false, params))),
  };
}

/** `matchesEvent(matcher, e)` of event-matcher.ts. */
export function matcherSql(matcher: EventMatcher, params: ParamSink): string {
  const { target } = matcher;
  const conditions: string[] = [];
  if (target.kind === 'event') {
    conditions.push(`e.type = 'track'`, `e.event = ${params.add(target.event)}`);
  } else {
    if (target.kind !== 'page' && target.kind !== 'screen') throw new RangeError(`unknown event target: ${String((target as { kind: unknown }).kind)}`);
    conditions.push(target.kind === 'page' ? `e.type = 'page'` : `e.type = 'screen'`);
    if (target.name !== undefined) conditions.push(`e.event = ${params.add(target.name)}`);
  }
  if (matcher.where !== undefined && matcher.where.length > 0) conditions.push(eventFiltersSql(matcher.where, params));
  return all(conditions);
}

/** `breakdownValue(breakdown, e, traits)` of breakdown.ts, as VARCHAR (never NULL). */
export function breakdownSql(breakdown: Breakdown, params: ParamSink): string {
  const none = (): string => params.add(NO_VALUE);
  switch (breakdown.kind) {
    case 'channel':
      return 'e.channel';
    case 'campaign':
      return `COALESCE(lower(${utmColumn(breakdown.field)}), ${none()})`;
    case 'property':
      return `COALESCE(${jsonSlot('e.properties', breakdown.key, params).text}, ${none()})`;
    case 'trait':
      return `COALESCE(${jsonSlot(TRAITS, breakdown.key, params).text}, ${none()})`;
  }
  throw new RangeError(`unknown breakdown: ${String((breakdown as { kind: unknown }).kind)}`);
}
