import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { LINE_STRUCTURE } from './encode-row';
import type { PreparedEvent } from './prepare-event';
import { EVENT_COLUMNS } from './schema';

/**
 * The bulk write path: the Appender fills a TEMP staging table with one row per chunk (a call's
 * or a request's events of one workspace, their encoded lines joined by newlines; see
 * `encode-row.ts` and `prepare-event.ts`); then one `INSERT INTO events SELECT` splits, parses
 * (`json_transform_strict`), converts and copies the whole commit inside DuckDB, in C++.
 *
 * Why: appending typed columns costs 33 native calls per event on the JavaScript thread (about
 * 14 µs); this costs two native calls per chunk, and no string work when a chunk is all new. TEMP tables are private to the
 * connection and not written to the WAL; the staging rows are deleted in the same transaction.
 */
export const STAGING_TABLE = 'events_staging_lines';

export const CREATE_STAGING_TABLE = `CREATE OR REPLACE TEMP TABLE ${STAGING_TABLE} (workspace_id VARCHAR NOT NULL, lines VARCHAR NOT NULL)`;

const STRUCTURE_SQL = `'${JSON.stringify(LINE_STRUCTURE)}'`;

/** `events` column -> expression over the parsed line `r` (and the staging row's workspace). */
const CONVERSIONS: Partial<Record<(typeof EVENT_COLUMNS)[number], string>> = {
  workspace_id: 'workspace_id',
  ts: 'make_timestamptz(r.ts * 1000)',
  original_ts: 'make_timestamptz(r.original_ts * 1000)',
  sent_at: 'make_timestamptz(r.sent_at * 1000)',
  received_at: 'make_timestamptz(r.received_at * 1000)',
  revenue: 'CAST(r.revenue AS DECIMAL(18, 4))',
};

/** Copies the staged events into `events`, in staging order. */
export const INSERT_FROM_STAGING = `INSERT INTO events (${EVENT_COLUMNS.join(', ')})
SELECT ${EVENT_COLUMNS.map((column) => CONVERSIONS[column] ?? `r.${column}`).join(', ')}
  FROM (SELECT workspace_id, json_transform_strict(line, ${STRUCTURE_SQL}) AS r
          FROM (SELECT workspace_id, unnest(string_split(lines, chr(10))) AS line FROM ${STAGING_TABLE}))`;

export const CLEAR_STAGING = `DELETE FROM ${STAGING_TABLE}`;

/** Creates the writer connection's staging table and checks the line structure covers `events`. */
export async function prepareStaging(connection: DuckDBConnection): Promise<void> {
  const lineColumns = Object.keys(LINE_STRUCTURE);
  const expected = EVENT_COLUMNS.filter((column) => column !== 'workspace_id');
  if (lineColumns.join() !== expected.join()) {
    throw new Error(`the encoded line's keys (${lineColumns.join()}) differ from the events columns (${expected.join()})`);
  }
  await connection.run(CREATE_STAGING_TABLE);
}

/**
 * Appends the events as staging rows, in order: a chunk whose events are all here (all new)
 * goes as its text; otherwise the lines of the events here, joined.
 */
export function appendStagingRows(appender: DuckDBAppender, events: readonly PreparedEvent[]): void {
  let start = 0;
  while (start < events.length) {
    const first = events[start] as PreparedEvent;
    const { chunk } = first;
    let end = start + 1;
    while (end < events.length && (events[end] as PreparedEvent).chunk === chunk) end++;
    const whole = end - start === chunk.count && first.index === 0;
    let text: string;
    if (whole) text = chunk.text;
    else {
      const lines = new Array<string>(end - start);
      for (let i = start; i < end; i++) lines[i - start] = chunk.line((events[i] as PreparedEvent).index);
      text = lines.join('\n');
    }
    appender.appendVarchar(chunk.workspaceId);
    appender.appendVarchar(text);
    appender.endRow();
    start = end;
  }
}
