import type { MetricCondition, MetricFilter, MetricFilterMatch, MetricKey } from '@marketops/core';
import { jsonMember, memberBetween, memberEquals, memberExists, memberKeyText, memberNonEmptyString } from './json-sql';
import type { QueryBuilder } from './query-builder';

/**
 * Conditions, filters and keys of `formula.ts` as SQL over one row of `ev`, each a boolean that is
 * never NULL (or, for keys, a text that is NULL when the event has no key and is skipped).
 */

const CAMPAIGN_COLUMNS = { source: 'utm_source', medium: 'utm_medium' } as const;

function anyOf(parts: readonly string[]): string {
  return parts.length === 0 ? 'FALSE' : `(${parts.join(' OR ')})`;
}

function list(values: readonly string[], q: QueryBuilder): string {
  return values.map((v) => q.params.add(v)).join(', ');
}

export function conditionSql(condition: MetricCondition, q: QueryBuilder): string {
  switch (condition.kind) {
    case 'property-exists':
      return memberExists(jsonMember('properties', [condition.property], q.params));
    case 'property-in': {
      const m = jsonMember('properties', [condition.property], q.params);
      return anyOf(condition.values.map((v) => memberEquals(m, v, q.params)));
    }
    case 'property-between':
      return memberBetween(jsonMember('properties', [condition.property], q.params), condition.min, condition.max, condition.integer, q.params);
    case 'channel-in': {
      const found = condition.channels.length === 0 ? 'FALSE' : `channel IN (${list(condition.channels, q)})`;
      return condition.negate === true ? `NOT ${found}` : found;
    }
    case 'campaign-in': {
      if (condition.values.length === 0) return 'FALSE';
      return `COALESCE(lower(${CAMPAIGN_COLUMNS[condition.field]}) IN (${list(condition.values, q)}), FALSE)`;
    }
    case 'own-account-source': {
      const own = (q.settings.ownAccounts ?? []).map((a) => a.toLowerCase());
      return own.length === 0 ? 'FALSE' : `COALESCE(lower(utm_source) IN (${list(own, q)}), FALSE)`;
    }
    case 'mentioned-referrer': {
      const referrers = q.inputs.mentionedReferrers;
      if (referrers.length === 0) return 'FALSE';
      // Why one JSON parameter: the list can be long; it is still a value, never SQL text.
      return `COALESCE(referrer IN (SELECT unnest(CAST(from_json(${q.params.add(JSON.stringify(referrers))}, '["VARCHAR"]') AS VARCHAR[]))), FALSE)`;
    }
    case 'store-page': {
      const prefixes = q.settings.storePathPrefixes ?? [];
      return anyOf(prefixes.map((prefix) => `COALESCE(starts_with(page_path, ${q.params.add(prefix)}), FALSE)`));
    }
    case 'any':
      return anyOf(condition.conditions.map((c) => conditionSql(c, q)));
  }
}

function matchSql(match: MetricFilterMatch, q: QueryBuilder): string {
  if (match.types.length === 0) return 'FALSE';
  const parts = [`type IN (${list(match.types, q)})`];
  if (match.names !== undefined) parts.push(match.names.length === 0 ? 'FALSE' : `COALESCE(event IN (${list(match.names, q)}), FALSE)`);
  if (match.excludeNames !== undefined && match.excludeNames.length > 0) parts.push(`NOT COALESCE(event IN (${list(match.excludeNames, q)}), FALSE)`);
  for (const condition of match.where ?? []) parts.push(conditionSql(condition, q));
  return `(${parts.join(' AND ')})`;
}

/** True when the event matches at least one alternative of the filter. */
export function filterSql(filter: MetricFilter, q: QueryBuilder): string {
  return anyOf(filter.map((match) => matchSql(match, q)));
}

/** Every condition holds (none: TRUE). */
export function allConditionsSql(conditions: readonly MetricCondition[], q: QueryBuilder): string {
  return conditions.length === 0 ? 'TRUE' : `(${conditions.map((c) => conditionSql(c, q)).join(' AND ')})`;
}

/** The key of an event as text, NULL when the event has none (see MetricKey). */
export function keySql(key: MetricKey, q: QueryBuilder): string {
  switch (key.kind) {
    case 'person':
      return 'person_id';
    case 'message':
      return 'message_id';
    case 'property':
      return memberKeyText(jsonMember('properties', [key.property], q.params));
    case 'device':
      return `COALESCE(${memberNonEmptyString(jsonMember('context', ['device', 'id'], q.params))}, NULLIF(anonymous_id, ''))`;
  }
}

/** A property's key text (`propertyKey`), for kinds that join or group on a named property. */
export function propertyKeySql(property: string, q: QueryBuilder): string {
  return memberKeyText(jsonMember('properties', [property], q.params));
}
