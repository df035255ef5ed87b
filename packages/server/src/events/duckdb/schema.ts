import type { DuckDBConnection } from '@duckdb/node-api';
import { DETERMINISTIC_IDENTITY_MIGRATION } from './deterministic-identity-schema';
import { IDENTITY_MIGRATION } from './identity-schema';
import { ALIAS_LINKS_MIGRATION } from './alias-links-schema';
import type { EventStoreMigration } from './migration';

export type { EventStoreMigration };

/**
 * The DuckDB schema of the event store, versioned. One wide row per accepted message, shaped for
 * the analyses that read it (funnels, retention, attribution, cost per contact, channel reports):
 *
 * - Campaign fields, the channel group, page fields and revenue are real columns, so reports group
 *   and filter on them without parsing JSON. Free-form data (`properties`, `traits`, `context`) is
 *   JSON: `properties->>'$.plan'` when an analysis needs it.
 * - `ts` is the corrected event time every analysis buckets on; rows arrive roughly in `ts`
 *   order, so DuckDB's per-row-group min/max (zone maps) prune time ranges without an index.
 * - `revenue` is DECIMAL(18,4), not DOUBLE: money must add up exactly (`SUM` of DECIMAL(18,4) is
 *   DECIMAL(38,4)). Range: |revenue| < 10^14, 4 decimals.
 * - `click_ids` is MAP(VARCHAR, VARCHAR): typed, `click_ids['gclid']` in attribution queries.
 * - No index at all. Why: an ART index (e.g. a PRIMARY KEY on (workspace_id, message_id)) costs
 *   ~90 bytes per key of memory, is loaded whole at open, and measured ~31k keys/s with
 *   `ON CONFLICT DO NOTHING` on this machine. The dedupe structure is instead an in-memory index
 *   of the recent days' keys, hydrated from this table's (workspace_id, message_id, ts) at open:
 *   see `dedupe-index.ts`.
 *
 * Migrations are append-only: never edit one that shipped, add the next.
 */

export const EVENT_STORE_MIGRATIONS: readonly EventStoreMigration[] = [
  {
    id: '001-events',
    statements: [
      `CREATE TABLE IF NOT EXISTS events (
        workspace_id VARCHAR NOT NULL,
        message_id VARCHAR NOT NULL,
        type VARCHAR NOT NULL CHECK (type IN ('track', 'identify', 'page', 'screen', 'group', 'alias')),
        event VARCHAR,
        category VARCHAR,
        user_id VARCHAR,
        anonymous_id VARCHAR,
        group_id VARCHAR,
        previous_id VARCHAR,
        ts TIMESTAMPTZ NOT NULL,
        original_ts TIMESTAMPTZ,
        sent_at TIMESTAMPTZ,
        received_at TIMESTAMPTZ NOT NULL,
        channel VARCHAR NOT NULL,
        utm_source VARCHAR,
        utm_medium VARCHAR,
        utm_campaign VARCHAR,
        utm_term VARCHAR,
        utm_content VARCHAR,
        utm_id VARCHAR,
        utm_source_platform VARCHAR,
        utm_creative_format VARCHAR,
        utm_marketing_tactic VARCHAR,
        click_ids MAP(VARCHAR, VARCHAR) NOT NULL,
        page_url VARCHAR,
        page_path VARCHAR,
        referrer VARCHAR,
        revenue DECIMAL(18, 4),
        currency VARCHAR,
        properties JSON NOT NULL,
        traits JSON NOT NULL,
        context JSON NOT NULL,
        warnings VARCHAR[] NOT NULL
      )`,
    ],
  },
  IDENTITY_MIGRATION,
  DETERMINISTIC_IDENTITY_MIGRATION,
  ALIAS_LINKS_MIGRATION,
];

/**
 * The columns of `events` in table order: the appender writes them in this order and reads
 * select them in this order. A change here goes with a migration.
 */
export const EVENT_COLUMNS = [
  'workspace_id',
  'message_id',
  'type',
  'event',
  'category',
  'user_id',
  'anonymous_id',
  'group_id',
  'previous_id',
  'ts',
  'original_ts',
  'sent_at',
  'received_at',
  'channel',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'utm_id',
  'utm_source_platform',
  'utm_creative_format',
  'utm_marketing_tactic',
  'click_ids',
  'page_url',
  'page_path',
  'referrer',
  'revenue',
  'currency',
  'properties',
  'traits',
  'context',
  'warnings',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];

const CREATE_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS event_store_migrations (
  id VARCHAR PRIMARY KEY,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/**
 * Brings the event store's schema up to date and returns the ids it applied (empty when there was
 * nothing to do). Each migration runs in one transaction with its bookkeeping row, so it is applied
 * completely or not at all; running it twice is safe. One process at a time: DuckDB's file lock
 * keeps other processes out.
 *
 * @example
 * await migrateEventStore(connection); // ['001-events'] on a new file, then []
 */
export async function migrateEventStore(
  connection: DuckDBConnection,
  migrations: readonly EventStoreMigration[] = EVENT_STORE_MIGRATIONS,
): Promise<string[]> {
  await connection.run(CREATE_BOOKKEEPING);
  const appliedRows = await connection.runAndReadAll('SELECT id FROM event_store_migrations');
  const done = new Set(appliedRows.getRowsJS().map((row) => String(row[0])));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    await connection.run('BEGIN TRANSACTION');
    try {
      for (const statement of migration.statements) await connection.run(statement);
      await connection.run('INSERT INTO event_store_migrations (id) VALUES ($id)', { id: migration.id });
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
    applied.push(migration.id);
  }
  return applied;
}
