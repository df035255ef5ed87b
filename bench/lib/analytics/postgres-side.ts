import { createReadStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse';
import pg from 'pg';
import type { CostRecord } from '@marketops/core';
import { REPO_ROOT } from '../server-process';
import { EVENT_COLUMNS } from '../../../packages/server/src/events/duckdb/schema';
import { CHANNEL_MAP, EXCHANGE_RATES, WORKSPACE } from './world';

/** The schema the benchmark works in; dropped at the end of the run. */
const PG_SCHEMA = 'bench_analytics';
const SQL_DIR = path.join(REPO_ROOT, 'bench/postgres');

export interface PostgresInfo {
  readonly serverVersion: string;
  /** Settings that decide analytic query speed, as in force for the benchmark's session. */
  readonly settings: Readonly<Record<string, string>>;
}

export interface PostgresLoad {
  readonly method: 'server-side COPY' | 'multi-row INSERT';
  readonly exportSeconds: number;
  readonly copySeconds: number;
  readonly indexSeconds: number;
  readonly vacuumAnalyzeSeconds: number;
  readonly tableMiB: number;
  readonly indexesMiB: number;
}

/** A query of bench/postgres/: its text with `:'name'` turned into `$n`, and the names in order. */
export interface PostgresQuery {
  readonly file: string;
  readonly text: string;
  readonly names: readonly string[];
}

/**
 * Connects to the machine's PostgreSQL for the comparison, with the session tuned for analytics:
 * `work_mem` as given (at the 4 MB default, analytic sorts and hashes spill to disk) and JIT off
 * unless asked for (measured: compiling took 8.2 of the 8.9 s of the attribution query on 100k
 * events, because its recursive CTE's cost estimate asks for full optimisation). Everything else
 * is the server's configuration.
 */
export async function connectPostgres(url: string, workMem: string, jit: boolean): Promise<{ client: pg.Client; info: PostgresInfo } | { reason: string }> {
  // Why DATE as text: node-postgres makes a local-midnight Date of it; the answers compare calendar days.
  const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.DATE ? (value: string) => value : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, types });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    return { reason: `PostgreSQL unreachable at ${redact(url)}: ${(error as Error).message}` };
  }
  await client.query(`SET work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, '')}'`);
  await client.query(`SET jit = ${jit ? 'on' : 'off'}`);
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  const settings: Record<string, string> = {};
  for (const name of ['shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'random_page_cost']) {
    const row = await client.query<Record<string, string>>(`SHOW ${name}`);
    settings[name] = String(Object.values(row.rows[0] ?? {})[0] ?? '');
  }
  return { client, info: { serverVersion: version.rows[0]?.server_version ?? 'unknown', settings } };
}

/**
 * Creates the benchmark schema (bench/postgres/schema.sql), loads the very rows of the DuckDB
 * event store (exported to CSV by DuckDB, read by the server's own `COPY ... FROM 'file'`, or, when
 * the server cannot read the file, sent as multi-row INSERTs), the costs and settings, then builds
 * the indexes (indexes.sql) and runs VACUUM ANALYZE.
 */
export async function loadPostgres(client: pg.Client, duckdbPath: string, costs: readonly CostRecord[], log: (line: string) => void): Promise<PostgresLoad> {
  await client.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
  await client.query(`CREATE SCHEMA ${PG_SCHEMA}`);
  await client.query(`SET search_path TO ${PG_SCHEMA}`);
  await client.query(await readFile(path.join(SQL_DIR, 'schema.sql'), 'utf8'));

  const work = await mkdtemp(path.join(tmpdir(), 'marketops-analytics-pg-'));
  try {
    // Why world-readable: the server process (OS user postgres) reads the file itself.
    await chmod(work, 0o755);
    const csv = path.join(work, 'events.csv');
    let started = performance.now();
    await exportCsv(duckdbPath, csv);
    await chmod(csv, 0o644);
    const exportSeconds = (performance.now() - started) / 1000;
    log(`  exported the events to CSV in ${exportSeconds.toFixed(1)} s (${Math.round((await stat(csv)).size / 1024 / 1024)} MiB)`);

    started = performance.now();
    let method: PostgresLoad['method'] = 'server-side COPY';
    try {
      await client.query(`COPY events FROM '${csv.replaceAll("'", "''")}' WITH (FORMAT csv)`);
    } catch (error) {
      log(`  the server cannot read the file (${(error as Error).message}); sending multi-row INSERTs instead`);
      method = 'multi-row INSERT';
      await client.query('TRUNCATE events');
      await insertCsv(client, csv);
    }
    await insertCosts(client, costs);
    const copySeconds = (performance.now() - started) / 1000;
    log(`  loaded by ${method} in ${copySeconds.toFixed(1)} s`);

    started = performance.now();
    await client.query(await readFile(path.join(SQL_DIR, 'indexes.sql'), 'utf8'));
    const indexSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await client.query('VACUUM (ANALYZE) events');
    await client.query('VACUUM (ANALYZE) costs');
    const vacuumAnalyzeSeconds = (performance.now() - started) / 1000;
    const sizes = await client.query<{ table_bytes: string; index_bytes: string }>(
      `SELECT pg_table_size('events') AS table_bytes, pg_indexes_size('events') AS index_bytes`,
    );
    const row = sizes.rows[0];
    log(`  indexes in ${indexSeconds.toFixed(1)} s, VACUUM ANALYZE in ${vacuumAnalyzeSeconds.toFixed(1)} s`);
    return {
      method,
      exportSeconds,
      copySeconds,
      indexSeconds,
      vacuumAnalyzeSeconds,
      tableMiB: Math.round(Number(row?.table_bytes ?? 0) / 1024 / 1024),
      indexesMiB: Math.round(Number(row?.index_bytes ?? 0) / 1024 / 1024),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Drops the benchmark schema and closes the connection. */
export async function dropPostgres(client: pg.Client): Promise<void> {
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Reads one query of bench/postgres/ (comments dropped, `:'name'` -> `$n`). */
export async function readQuery(file: string): Promise<PostgresQuery> {
  const source = await readFile(path.join(SQL_DIR, file), 'utf8');
  const names: string[] = [];
  // Why drop comments first: they name the parameters too, and a `$n` only in a comment has no type.
  const text = source
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n')
    .replace(/:'([a-z_0-9]+)'/g, (_, name: string) => {
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      return `$${index + 1}`;
    });
  return { file, text, names };
}

/** Runs a query with its named values. */
export async function runQuery(client: pg.Client, query: PostgresQuery, values: Readonly<Record<string, string | number>>): Promise<Record<string, unknown>[]> {
  const params = query.names.map((name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${query.file}: no value for :'${name}'`);
    return String(value);
  });
  const result = await client.query({ text: query.text, values: params });
  return result.rows as Record<string, unknown>[];
}

/** The events table as CSV in PostgreSQL's text forms (UTC instants, jsonb text, a text[] literal). */
async function exportCsv(duckdbPath: string, file: string): Promise<void> {
  const instance = await DuckDBInstance.create(duckdbPath, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    await connection.run(`SET TimeZone = 'UTC'`);
    const columns = EVENT_COLUMNS.map((column) => {
      if (column === 'click_ids') return 'to_json(click_ids)';
      if (column === 'warnings') return `'{' || array_to_string(list_transform(warnings, w -> '"' || replace(replace(w, '\\', '\\\\'), '"', '\\"') || '"'), ',') || '}'`;
      return column;
    });
    await connection.run(`COPY (SELECT ${columns.join(', ')} FROM events) TO '${file.replaceAll("'", "''")}' (FORMAT csv, HEADER false)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The fallback load: the CSV's rows as multi-row INSERTs of 500 rows (for a server that cannot read the file). */
async function insertCsv(client: pg.Client, file: string): Promise<void> {
  const columns = EVENT_COLUMNS.length;
  const rowsPerInsert = 500;
  const statement = (rows: number): string =>
    `INSERT INTO events VALUES ${Array.from({ length: rows }, (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`).join(', ')}`;
  let batch: (string | null)[] = [];
  const parser = createReadStream(file).pipe(parse({ relax_column_count: false, cast: (value, context) => (value === '' && !context.quoting ? null : value) }));
  for await (const record of parser as AsyncIterable<(string | null)[]>) {
    batch.push(...record);
    if (batch.length === rowsPerInsert * columns) {
      await client.query(statement(rowsPerInsert), batch);
      batch = [];
    }
  }
  if (batch.length > 0) await client.query(statement(batch.length / columns), batch);
}

async function insertCosts(client: pg.Client, costs: readonly CostRecord[]): Promise<void> {
  for (let start = 0; start < costs.length; start += 1_000) {
    const slice = costs.slice(start, start + 1_000);
    const values = slice.flatMap((c) => [c.workspaceId, c.date, c.channel, c.campaign, c.costType, c.amount, c.currency, c.rowKey]);
    const rows = slice.map((_, r) => `(${Array.from({ length: 8 }, (_, k) => `$${r * 8 + k + 1}`).join(', ')})`).join(', ');
    await client.query(`INSERT INTO costs (workspace_id, date, channel, campaign, cost_type, amount, currency, row_key) VALUES ${rows}`, values);
  }
  for (const [costChannel, channel] of Object.entries(CHANNEL_MAP)) {
    await client.query('INSERT INTO channel_map (workspace_id, cost_channel, channel) VALUES ($1, $2, $3)', [WORKSPACE, costChannel, channel]);
  }
  for (const [currency, rate] of Object.entries(EXCHANGE_RATES)) {
    await client.query('INSERT INTO exchange_rates (workspace_id, currency, rate) VALUES ($1, $2, $3)', [WORKSPACE, currency, rate]);
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
