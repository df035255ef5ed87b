import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { PreparedEvent } from './prepare-event';
import { EVENT_COLUMNS } from './schema';

/**
 * The bulk write path: the Appender fills a TEMP staging table with cheap column types, then one
 * `INSERT INTO events SELECT` converts and copies the whole batch inside DuckDB.
 *
 * Why not append straight into `events`: through @duckdb/node-api, appending a MAP value costs
 * ~21 µs and a LIST ~7-12 µs per row (each builds a native value), a TIMESTAMPTZ ~2.4 µs and a
 * DECIMAL ~3.7 µs, against ~0.5-0.7 µs for a VARCHAR or DOUBLE. So the staging row carries
 * epoch milliseconds as DOUBLE (exact below 2^53), revenue as exact decimal text, click ids and
 * warnings as JSON text, and DuckDB casts them vectorised. TEMP tables are private to the
 * connection and not written to the WAL; the staging rows are deleted in the same transaction.
 */
export const STAGING_TABLE = 'events_staging';

export const CREATE_STAGING_TABLE = `CREATE OR REPLACE TEMP TABLE ${STAGING_TABLE} (
  workspace_id VARCHAR, message_id VARCHAR, type VARCHAR, event VARCHAR, category VARCHAR,
  user_id VARCHAR, anonymous_id VARCHAR, group_id VARCHAR, previous_id VARCHAR,
  ts_ms DOUBLE, original_ts_ms DOUBLE, sent_at_ms DOUBLE, received_at_ms DOUBLE,
  channel VARCHAR, utm_source VARCHAR, utm_medium VARCHAR, utm_campaign VARCHAR, utm_term VARCHAR,
  utm_content VARCHAR, utm_id VARCHAR, utm_source_platform VARCHAR, utm_creative_format VARCHAR,
  utm_marketing_tactic VARCHAR, click_ids JSON, page_url VARCHAR, page_path VARCHAR, referrer VARCHAR,
  revenue VARCHAR, currency VARCHAR, properties JSON, traits JSON, context JSON, warnings JSON
)`;

/** Staging column -> `events` column; identity unless converted. */
const CONVERSIONS: Partial<Record<(typeof EVENT_COLUMNS)[number], string>> = {
  ts: 'make_timestamptz(ts_ms::BIGINT * 1000)',
  original_ts: 'make_timestamptz(original_ts_ms::BIGINT * 1000)',
  sent_at: 'make_timestamptz(sent_at_ms::BIGINT * 1000)',
  received_at: 'make_timestamptz(received_at_ms::BIGINT * 1000)',
  click_ids: 'CAST(click_ids AS MAP(VARCHAR, VARCHAR))',
  revenue: 'CAST(revenue AS DECIMAL(18, 4))',
  warnings: 'CAST(warnings AS VARCHAR[])',
};

/** Copies the staged rows into `events`, in staging order. */
export const INSERT_FROM_STAGING = `INSERT INTO events (${EVENT_COLUMNS.join(', ')})
SELECT ${EVENT_COLUMNS.map((column) => CONVERSIONS[column] ?? column).join(', ')} FROM ${STAGING_TABLE}`;

export const CLEAR_STAGING = `DELETE FROM ${STAGING_TABLE}`;

/** Creates the writer connection's staging table and checks it has the columns the writer writes. */
export async function prepareStaging(connection: DuckDBConnection): Promise<void> {
  await connection.run(CREATE_STAGING_TABLE);
  const appender = await connection.createAppender(STAGING_TABLE);
  try {
    if (appender.columnCount !== EVENT_COLUMNS.length) {
      throw new Error(`${STAGING_TABLE} has ${appender.columnCount} columns, events has ${EVENT_COLUMNS.length}`);
    }
  } finally {
    appender.closeSync();
  }
}

/** Appends one prepared event as a staging row. Synchronous: one native call per column. */
export function appendStagingRow(appender: DuckDBAppender, prepared: PreparedEvent): void {
  const e = prepared.source;
  const c = e.campaign;
  appender.appendVarchar(e.workspaceId);
  appender.appendVarchar(e.messageId);
  appender.appendVarchar(e.type);
  text(appender, e.event);
  text(appender, e.category);
  text(appender, e.userId);
  text(appender, e.anonymousId);
  text(appender, e.groupId);
  text(appender, e.previousId);
  appender.appendDouble(prepared.tsMs);
  number(appender, prepared.originalTsMs);
  number(appender, prepared.sentAtMs);
  appender.appendDouble(prepared.receivedAtMs);
  appender.appendVarchar(e.channel);
  text(appender, c.source);
  text(appender, c.medium);
  text(appender, c.name);
  text(appender, c.term);
  text(appender, c.content);
  text(appender, c.id);
  text(appender, c.sourcePlatform);
  text(appender, c.creativeFormat);
  text(appender, c.marketingTactic);
  appender.appendVarchar(prepared.clickIdsJson);
  text(appender, e.pageUrl);
  text(appender, e.pagePath);
  text(appender, e.referrer);
  text(appender, prepared.revenueText);
  text(appender, e.currency);
  appender.appendVarchar(prepared.propertiesJson);
  appender.appendVarchar(prepared.traitsJson);
  appender.appendVarchar(prepared.contextJson);
  appender.appendVarchar(prepared.warningsJson);
  appender.endRow();
}

function text(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

function number(appender: DuckDBAppender, value: number | null): void {
  if (value === null) appender.appendNull();
  else appender.appendDouble(value);
}
