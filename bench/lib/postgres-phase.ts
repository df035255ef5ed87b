import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import type { StoredEvent } from '@marketops/core';

export type PostgresResult =
  | {
      readonly skipped: false;
      readonly events: number;
      readonly connections: number;
      readonly seconds: number;
      readonly eventsPerSecond: number;
      readonly stored: number;
      readonly serverVersion: string;
      /** Durability settings in force: the per-event path is bound by one WAL flush per commit. */
      readonly settings: Readonly<Record<string, string>>;
    }
  | { readonly skipped: true; readonly reason: string };

/** Columns comparable to the DuckDB `events` table; the primary key gives the same dedupe. */
const createTable = (table: string) => `CREATE TABLE ${table} (
  workspace_id text NOT NULL, message_id text NOT NULL, type text NOT NULL, event text, category text,
  user_id text, anonymous_id text, group_id text, previous_id text,
  ts timestamptz NOT NULL, original_ts timestamptz, sent_at timestamptz, received_at timestamptz NOT NULL,
  channel text NOT NULL, utm_source text, utm_medium text, utm_campaign text, utm_term text, utm_content text,
  utm_id text, utm_source_platform text, utm_creative_format text, utm_marketing_tactic text,
  click_ids jsonb NOT NULL, page_url text, page_path text, referrer text, revenue numeric(18, 4), currency text,
  properties jsonb NOT NULL, traits jsonb NOT NULL, context jsonb NOT NULL, warnings text[] NOT NULL,
  PRIMARY KEY (workspace_id, message_id)
)`;

const insert = (table: string) => `INSERT INTO ${table} VALUES (${Array.from({ length: 33 }, (_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (workspace_id, message_id) DO NOTHING`;

const row = (e: StoredEvent): unknown[] => [
  e.workspaceId, e.messageId, e.type, e.event, e.category, e.userId, e.anonymousId, e.groupId, e.previousId,
  e.timestamp, e.originalTimestamp, e.sentAt, e.receivedAt, e.channel,
  e.campaign.source, e.campaign.medium, e.campaign.name, e.campaign.term, e.campaign.content,
  e.campaign.id, e.campaign.sourcePlatform, e.campaign.creativeFormat, e.campaign.marketingTactic,
  JSON.stringify(e.clickIds), e.pageUrl, e.pagePath, e.referrer, e.revenue, e.currency,
  JSON.stringify(e.properties), JSON.stringify(e.traits), JSON.stringify(e.context), e.warnings,
];

/**
 * The per-event path of Postgres-backed analytics tools: one `INSERT` per event, autocommit (so
 * one commit and WAL flush per event), over `connections` concurrent connections, each using a
 * prepared statement. A fresh table in a temporary schema, dropped afterwards.
 */
export async function runPostgresPerEvent(databaseUrl: string, events: readonly StoredEvent[], connections: number): Promise<PostgresResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: connections, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => undefined);
  const schema = `marketops_bench_${randomBytes(4).toString('hex')}`;
  const table = `${schema}.events`;
  let created = false;
  try {
    let serverVersion: string;
    const settings: Record<string, string> = {};
    try {
      const version = await pool.query<{ server_version: string }>('SHOW server_version');
      serverVersion = version.rows[0]?.server_version ?? 'unknown';
      for (const name of ['fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers']) {
        const r = await pool.query<Record<string, string>>(`SHOW ${name}`);
        settings[name] = String(Object.values(r.rows[0] ?? {})[0]);
      }
    } catch (error) {
      return { skipped: true, reason: `PostgreSQL unreachable at ${redact(databaseUrl)}: ${(error as Error).message}` };
    }
    await pool.query(`CREATE SCHEMA ${schema}`);
    created = true;
    await pool.query(createTable(table));
    const text = insert(table);
    let next = 0;
    let inserted = 0;
    const worker = async () => {
      const client = await pool.connect();
      try {
        for (;;) {
          const index = next++;
          if (index >= events.length) return;
          const result = await client.query({ name: 'marketops_bench_insert', text, values: row(events[index] as StoredEvent) });
          inserted += result.rowCount ?? 0;
        }
      } finally {
        client.release();
      }
    };
    // Why connect first: opening connections is not part of an ingestion path's steady state.
    const warm = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    warm.forEach((c) => c.release());
    const started = performance.now();
    await Promise.all(Array.from({ length: connections }, worker));
    const seconds = (performance.now() - started) / 1000;
    const count = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return {
      skipped: false,
      events: inserted,
      connections,
      seconds,
      eventsPerSecond: inserted / seconds,
      stored: Number(count.rows[0]?.n ?? 0),
      serverVersion,
      settings,
    };
  } finally {
    if (created) await pool.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await pool.end();
  }
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}
