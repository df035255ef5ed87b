import {
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBTimestampTZValue,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { MessageType, StoredEvent } from '../port';
import { fromScaledRevenue } from './money';
import { EVENT_COLUMNS, type EventColumn } from './schema';

const INDEX = Object.fromEntries(EVENT_COLUMNS.map((name, i) => [name, i])) as Record<EventColumn, number>;

/** `SELECT` list matching {@link readEventRow}: every column of `events`, in table order. */
export const EVENT_SELECT_LIST = EVENT_COLUMNS.join(', ');

/**
 * Maps one row of `SELECT ${EVENT_SELECT_LIST}` back to the {@link StoredEvent} that was stored:
 * dates as Date (microseconds to milliseconds, which is all a Date holds), JSON parsed, revenue
 * through its decimal text, SQL NULL as null.
 */
export function readEventRow(row: readonly DuckDBValue[]): StoredEvent {
  const get = (column: EventColumn): DuckDBValue => row[INDEX[column]] ?? null;
  const text = (column: EventColumn): string | null => {
    const value = get(column);
    if (value === null) return null;
    if (typeof value !== 'string') throw unexpected(column, value);
    return value;
  };
  const requiredText = (column: EventColumn): string => text(column) ?? throwNull(column);
  const date = (column: EventColumn): Date | null => {
    const value = get(column);
    if (value === null) return null;
    if (!(value instanceof DuckDBTimestampTZValue)) throw unexpected(column, value);
    return new Date(Number(value.micros / 1000n));
  };
  const json = (column: EventColumn): Record<string, unknown> => JSON.parse(requiredText(column)) as Record<string, unknown>;

  return {
    workspaceId: requiredText('workspace_id'),
    messageId: requiredText('message_id'),
    type: requiredText('type') as MessageType,
    event: text('event'),
    category: text('category'),
    userId: text('user_id'),
    anonymousId: text('anonymous_id'),
    groupId: text('group_id'),
    previousId: text('previous_id'),
    timestamp: date('ts') ?? throwNull('ts'),
    originalTimestamp: date('original_ts'),
    sentAt: date('sent_at'),
    receivedAt: date('received_at') ?? throwNull('received_at'),
    channel: requiredText('channel'),
    campaign: {
      source: text('utm_source'),
      medium: text('utm_medium'),
      name: text('utm_campaign'),
      term: text('utm_term'),
      content: text('utm_content'),
      id: text('utm_id'),
      sourcePlatform: text('utm_source_platform'),
      creativeFormat: text('utm_creative_format'),
      marketingTactic: text('utm_marketing_tactic'),
    },
    clickIds: clickIds(get('click_ids')),
    pageUrl: text('page_url'),
    pagePath: text('page_path'),
    referrer: text('referrer'),
    revenue: revenue(get('revenue')),
    currency: text('currency'),
    properties: json('properties'),
    traits: json('traits'),
    context: json('context'),
    warnings: warnings(get('warnings')),
  };
}

function clickIds(value: DuckDBValue): Record<string, string> {
  if (!(value instanceof DuckDBMapValue)) throw unexpected('click_ids', value);
  const result: Record<string, string> = {};
  for (const { key, value: id } of value.entries) {
    if (typeof key !== 'string' || typeof id !== 'string') throw unexpected('click_ids', value);
    result[key] = id;
  }
  return result;
}

function revenue(value: DuckDBValue): number | null {
  if (value === null) return null;
  if (!(value instanceof DuckDBDecimalValue)) throw unexpected('revenue', value);
  return fromScaledRevenue(value.value);
}

function warnings(value: DuckDBValue): string[] {
  if (!(value instanceof DuckDBListValue)) throw unexpected('warnings', value);
  return value.items.map((item) => {
    if (typeof item !== 'string') throw unexpected('warnings', value);
    return item;
  });
}

function unexpected(column: string, value: DuckDBValue): Error {
  return new Error(`events.${column}: unexpected value ${String(value)} (${typeof value})`);
}

function throwNull(column: string): never {
  throw new Error(`events.${column} is NULL in a NOT NULL column`);
}
