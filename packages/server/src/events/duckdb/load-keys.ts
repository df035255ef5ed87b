import { DuckDBTimestampTZValue, type DuckDBConnection } from '@duckdb/node-api';
import { MS_PER_DAY } from './prepare-event';

/** Receives each stored key with the UTC day number of its event time. */
export type KeySink = (workspaceId: string, messageId: string, day: number) => void;

/**
 * Streams the dedupe keys of events whose time lies in [fromDay, toDay) (toDay null: no end) into
 * `sink`, chunk by chunk, so hydrating millions of keys never materialises them twice.
 *
 * @example
 * await loadKeys(connection, index.hotFromDay, null, (ws, id, day) => index.add(ws, id, day));
 */
export async function loadKeys(connection: DuckDBConnection, fromDay: number, toDay: number | null, sink: KeySink): Promise<number> {
  const params: Record<string, DuckDBTimestampTZValue> = { from: dayStart(fromDay) };
  let where = 'ts >= $from';
  if (toDay !== null) {
    where += ' AND ts < $to';
    params.to = dayStart(toDay);
  }
  const result = await connection.stream(
    `SELECT workspace_id, message_id, floor(epoch_ms(ts) / ${MS_PER_DAY})::INTEGER AS day FROM events WHERE ${where}`,
    params,
  );
  let count = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const workspaces = chunk.getColumnValues(0);
    const messages = chunk.getColumnValues(1);
    const days = chunk.getColumnValues(2);
    for (let i = 0; i < chunk.rowCount; i++) {
      sink(String(workspaces[i]), String(messages[i]), Number(days[i]));
    }
    count += chunk.rowCount;
  }
  return count;
}

function dayStart(day: number): DuckDBTimestampTZValue {
  return new DuckDBTimestampTZValue(BigInt(day) * BigInt(MS_PER_DAY) * 1000n);
}
