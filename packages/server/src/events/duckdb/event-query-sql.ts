import { DuckDBTimestampTZValue, type DuckDBValue } from '@duckdb/node-api';
import type { EventQuery } from '../port';
import { EVENT_SELECT_LIST } from './event-row-reader';

/** A parameterised statement: `sql` with `$name` placeholders and their values. */
export interface BoundQuery {
  readonly sql: string;
  readonly params: Record<string, DuckDBValue>;
}

/**
 * The `SELECT` for an {@link EventQuery}: one workspace, event time in [from, to), exact `type` and
 * `event`, `receivedAt` strictly after `receivedAfter`, ordered by event time then messageId (a
 * total order: messageIds are unique per workspace), at most `limit` rows.
 *
 * @example
 * buildEventQuery({ workspaceId: 'w', type: 'track', limit: 10 }).sql;
 * // SELECT ... FROM events WHERE workspace_id = $workspace AND type = $type ORDER BY ts, message_id LIMIT 10
 */
export function buildEventQuery(query: EventQuery): BoundQuery {
  const where = ['workspace_id = $workspace'];
  const params: Record<string, DuckDBValue> = { workspace: query.workspaceId };
  if (query.from !== undefined) {
    where.push('ts >= $from');
    params.from = timestampParam(query.from, 'from');
  }
  if (query.to !== undefined) {
    where.push('ts < $to');
    params.to = timestampParam(query.to, 'to');
  }
  if (query.type !== undefined) {
    where.push('type = $type');
    params.type = query.type;
  }
  if (query.event !== undefined) {
    where.push('event = $event');
    params.event = query.event;
  }
  if (query.receivedAfter !== undefined) {
    where.push('received_at > $receivedAfter');
    params.receivedAfter = timestampParam(query.receivedAfter, 'receivedAfter');
  }
  let sql = `SELECT ${EVENT_SELECT_LIST} FROM events WHERE ${where.join(' AND ')} ORDER BY ts, message_id`;
  if (query.limit !== undefined) {
    if (!Number.isSafeInteger(query.limit) || query.limit < 0) throw new RangeError(`limit must be a whole number >= 0, got ${query.limit}`);
    sql += ` LIMIT ${query.limit}`;
  }
  return { sql, params };
}

function timestampParam(date: Date, name: string): DuckDBTimestampTZValue {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is an invalid Date`);
  return new DuckDBTimestampTZValue(BigInt(ms) * 1000n);
}
