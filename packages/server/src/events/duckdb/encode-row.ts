import type { MessageType, StoredEvent } from '../port';
import { formatScaledRevenue, toScaledRevenue } from './money';

/**
 * The event store's row encoding: one stored event as one line of JSON text, which DuckDB reads
 * with `json_transform_strict` into the `events` columns (see `event-row-writer.ts`).
 *
 * Why text and not the Appender's typed columns: through @duckdb/node-api every appended value is
 * a native call on the JavaScript thread (33 per row, ~14 µs), while a line of JSON is one
 * `JSON.stringify` that can run anywhere, including on the ingestion worker threads, and the
 * writer hands whole batches of lines to DuckDB, which parses them in C++.
 *
 * Encoding refuses, with the field and the reason, what DuckDB would refuse or silently change:
 * a lone UTF-16 surrogate (DuckDB stores UTF-8 and its JSON reader rejects `\ud800`), an invalid
 * Date, revenue beyond DECIMAL(18,4). The workspace is not in the line: the writer stages it beside
 * each batch of lines (the ingestion workers encode before the write key is resolved).
 */
export interface EncodedEvent {
  readonly messageId: string;
  /** UTC day number of the event time (days since 1970-01-01): the dedupe index's bucket. */
  readonly day: number;
  /** One line of JSON (no raw newline can occur: JSON.stringify escapes them). */
  readonly line: string;
  /** The identity links the event states, or null (most events): kept in `person_alias_links`. */
  readonly links: EventLinks | null;
}

/**
 * The identity links one event states, at its time (epoch ms), as `identity_links` in
 * identity-schema.ts defines them: its anonymousId with its userId, and an alias call's previousId
 * with its userId. `pairs` holds [aliasId, userId].
 */
export interface EventLinks {
  readonly ts: number;
  readonly pairs: readonly (readonly [string, string])[];
}

/** Thrown by {@link encodeEventRow}: a field the store cannot keep exactly. */
export class RowRefusal extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'RowRefusal';
  }
}

export const MS_PER_DAY = 86_400_000;

/**
 * The keys of a line, each with the type DuckDB reads it as, in `events` column order (without
 * `workspace_id`). Times are epoch milliseconds (exact below 2^53), revenue exact decimal text.
 */
export const LINE_STRUCTURE = {
  message_id: 'VARCHAR',
  type: 'VARCHAR',
  event: 'VARCHAR',
  category: 'VARCHAR',
  user_id: 'VARCHAR',
  anonymous_id: 'VARCHAR',
  group_id: 'VARCHAR',
  previous_id: 'VARCHAR',
  ts: 'BIGINT',
  original_ts: 'BIGINT',
  sent_at: 'BIGINT',
  received_at: 'BIGINT',
  channel: 'VARCHAR',
  utm_source: 'VARCHAR',
  utm_medium: 'VARCHAR',
  utm_campaign: 'VARCHAR',
  utm_term: 'VARCHAR',
  utm_content: 'VARCHAR',
  utm_id: 'VARCHAR',
  utm_source_platform: 'VARCHAR',
  utm_creative_format: 'VARCHAR',
  utm_marketing_tactic: 'VARCHAR',
  click_ids: 'MAP(VARCHAR, VARCHAR)',
  page_url: 'VARCHAR',
  page_path: 'VARCHAR',
  referrer: 'VARCHAR',
  revenue: 'VARCHAR',
  currency: 'VARCHAR',
  properties: 'JSON',
  traits: 'JSON',
  context: 'JSON',
  warnings: 'VARCHAR[]',
} as const;

const MESSAGE_TYPES: ReadonlySet<MessageType> = new Set(['track', 'identify', 'page', 'screen', 'group', 'alias']);

// JSON.stringify writes a lone surrogate as a `\udXXX` escape and a valid pair as raw characters,
// so this finds every candidate; a literal backslash text (`\\ud800`) is a false positive that
// the exact walk then clears.
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/**
 * Encodes one event; throws {@link RowRefusal} naming the first field the store cannot keep.
 *
 * @example encodeEventRow(event).line // '{"message_id":"m1","type":"track",...}'
 */
export function encodeEventRow(event: StoredEvent): EncodedEvent {
  requiredText(event.messageId, 'messageId');
  if (!MESSAGE_TYPES.has(event.type)) throw new RowRefusal('type', `must be one of ${[...MESSAGE_TYPES].join(', ')}`);
  optionalText(event.event, 'event');
  optionalText(event.category, 'category');
  optionalText(event.userId, 'userId');
  optionalText(event.anonymousId, 'anonymousId');
  optionalText(event.groupId, 'groupId');
  optionalText(event.previousId, 'previousId');
  requiredText(event.channel, 'channel');
  const c: unknown = event.campaign;
  if (typeof c !== 'object' || c === null) throw new RowRefusal('campaign', 'must be an object');
  const campaign = event.campaign;
  for (const name in campaign) optionalText((campaign as unknown as Record<string, unknown>)[name], `campaign.${name}`);
  optionalText(event.pageUrl, 'pageUrl');
  optionalText(event.pagePath, 'pagePath');
  optionalText(event.referrer, 'referrer');
  optionalText(event.currency, 'currency');
  const warnings: unknown = event.warnings;
  if (!Array.isArray(warnings)) throw new RowRefusal('warnings', 'must be an array of strings');
  for (let i = 0; i < warnings.length; i++) requiredText(warnings[i], `warnings.${i}`);
  stringRecord(event.clickIds, 'clickIds');
  plainObject(event.properties, 'properties');
  plainObject(event.traits, 'traits');
  plainObject(event.context, 'context');

  const ts = requiredMs(event.timestamp, 'timestamp');
  let line: string;
  try {
    line = JSON.stringify({
      message_id: event.messageId,
      type: event.type,
      event: event.event,
      category: event.category,
      user_id: event.userId,
      anonymous_id: event.anonymousId,
      group_id: event.groupId,
      previous_id: event.previousId,
      ts,
      original_ts: optionalMs(event.originalTimestamp, 'originalTimestamp'),
      sent_at: optionalMs(event.sentAt, 'sentAt'),
      received_at: requiredMs(event.receivedAt, 'receivedAt'),
      channel: event.channel,
      utm_source: campaign.source,
      utm_medium: campaign.medium,
      utm_campaign: campaign.name,
      utm_term: campaign.term,
      utm_content: campaign.content,
      utm_id: campaign.id,
      utm_source_platform: campaign.sourcePlatform,
      utm_creative_format: campaign.creativeFormat,
      utm_marketing_tactic: campaign.marketingTactic,
      click_ids: event.clickIds,
      page_url: event.pageUrl,
      page_path: event.pagePath,
      referrer: event.referrer,
      revenue: revenue(event.revenue),
      currency: event.currency,
      properties: event.properties,
      traits: event.traits,
      context: event.context,
      warnings,
    });
  } catch (error) {
    if (error instanceof RowRefusal) throw error;
    throw new RowRefusal('properties', `cannot be encoded as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (ESCAPED_SURROGATE.test(line)) refuseLoneSurrogates(event);
  return { messageId: event.messageId, day: Math.floor(ts / MS_PER_DAY), line, links: linksOf(event, ts) };
}

function linksOf(event: StoredEvent, ts: number): EventLinks | null {
  const { userId, anonymousId, previousId } = event;
  if (userId === null) return null;
  const anonymous = anonymousId !== null;
  const alias = event.type === 'alias' && previousId !== null && previousId !== userId;
  if (!anonymous && !alias) return null;
  const pairs: (readonly [string, string])[] = [];
  if (anonymous) pairs.push([anonymousId, userId]);
  if (alias) pairs.push([previousId, userId]);
  return { ts, pairs };
}

function requiredText(value: unknown, field: string): void {
  if (typeof value !== 'string') throw new RowRefusal(field, 'must be a string');
  if (!value.isWellFormed()) throw new RowRefusal(field, 'contains a lone UTF-16 surrogate');
}

function optionalText(value: unknown, field: string): void {
  if (value !== null) requiredText(value, field);
}

function requiredMs(value: unknown, field: string): number {
  if (!(value instanceof Date)) throw new RowRefusal(field, 'must be a valid Date');
  const ms = value.getTime();
  if (!Number.isFinite(ms)) throw new RowRefusal(field, 'must be a valid Date');
  return ms;
}

function optionalMs(value: unknown, field: string): number | null {
  return value === null ? null : requiredMs(value, field);
}

function revenue(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'number') throw new RowRefusal('revenue', 'must be a number or null');
  const scaled = toScaledRevenue(value);
  if (typeof scaled !== 'bigint') throw new RowRefusal('revenue', scaled.reason);
  return formatScaledRevenue(scaled);
}

function plainObject(value: unknown, field: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowRefusal(field, 'must be an object');
}

function stringRecord(value: unknown, field: string): void {
  plainObject(value, field);
  for (const name in value as Record<string, unknown>) {
    requiredText(name, field);
    requiredText((value as Record<string, unknown>)[name], `${field}.${name}`);
  }
}

/** The exact check behind the quick test: names the first JSON field holding a lone surrogate. */
function refuseLoneSurrogates(event: StoredEvent): void {
  for (const field of ['properties', 'traits', 'context'] as const) {
    const path = findLoneSurrogate(event[field], field);
    if (path !== null) throw new RowRefusal(path, 'contains a lone UTF-16 surrogate');
  }
}

function findLoneSurrogate(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], `${path}.${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!key.isWellFormed()) return `${path}.${key}`;
    const found = findLoneSurrogate((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}
