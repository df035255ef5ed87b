import { Pool, type PoolClient } from 'pg';
import { DomainError, isDomainError } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient, type SqlExecutor } from '../sql-client';

/** How to reach a PostgreSQL server. */
export interface PostgresClientOptions {
  /** `postgres://user:password@host:port/database`; the password never appears in errors. */
  readonly url: string;
  /** A schema to work in, created if missing (isolates test runs in a shared database). */
  readonly schema?: string;
  /** Pool size; pg's default (10) when omitted. */
  readonly max?: number;
}

// Why a limit: pg waits forever for a connection by default, so an unreachable host would hang start-up.
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens a pooled connection to a PostgreSQL server as a {@link SqlClient}, failing fast with
 * STORAGE_UNAVAILABLE when the server cannot be reached.
 *
 * @example
 * const db = await openPostgresClient({ url: process.env.MARKETOPS_DATABASE_URL!, max: 10 });
 */
export async function openPostgresClient(options: PostgresClientOptions): Promise<SqlClient> {
  const target = describeTarget(options.url);
  const pool = new Pool({
    connectionString: options.url,
    max: options.max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // Why: an idle client whose connection drops emits 'error' on the pool; unhandled, that would
  // crash the process. The pool already discards the client; the next checkout reconnects.
  pool.on('error', () => undefined);
  if (options.schema !== undefined) {
    const setPath = `SET search_path TO ${quoteIdentifier(options.schema)}`;
    // Why no await: pg queues statements per connection, so this SET runs before anything the
    // caller sends on the connection. A failure here means a broken connection, which the next
    // statement reports.
    pool.on('connect', (client) => {
      client.query(setPath).catch(() => undefined);
    });
  }
  const client = new PostgresClient(pool, target);
  try {
    await client.query('SELECT 1');
    if (options.schema !== undefined) await createSchema(client, options.schema);
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

class PostgresClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly target: Target,
  ) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const client = await this.checkout();
    try {
      return await runQuery<T>(client, sql, params);
    } catch (error) {
      throw this.translate(error);
    } finally {
      client.release();
    }
  }

  async exec(sql: string): Promise<void> {
    const client = await this.checkout();
    try {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await client.query(sql);
    } catch (error) {
      throw this.translate(error);
    } finally {
      client.release();
    }
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.checkout();
    const tx = new TransactionExecutor(client);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // Why: a connection that cannot roll back must not go back to the pool.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw this.translate(error);
    } finally {
      tx.finished = true;
      client.release(broken);
    }
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }

  private async checkout(): Promise<PoolClient> {
    if (this.closing !== undefined) {
      throw new DomainError('STORAGE_UNAVAILABLE', `PostgreSQL client for ${this.target.label} is closed`);
    }
    try {
      return await this.pool.connect();
    } catch (error) {
      throw unavailable(this.target, error);
    }
  }

  /** Connection losses become STORAGE_UNAVAILABLE; SQL errors (constraints...) pass through. */
  private translate(error: unknown): unknown {
    return isConnectionError(error) ? unavailable(this.target, error) : error;
  }
}

/** Runs statements on the transaction's connection; refuses after COMMIT or ROLLBACK. */
class TransactionExecutor implements SqlExecutor {
  finished = false;

  constructor(private readonly client: PoolClient) {}

  query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    this.assertOpen();
    return runQuery<T>(this.client, sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.assertOpen();
    await this.client.query(sql);
  }

  private assertOpen(): void {
    if (this.finished) throw new Error('transaction is finished: its executor can no longer be used');
  }
}

async function runQuery<T>(client: PoolClient, sql: string, params: readonly unknown[]): Promise<T[]> {
  const result = await client.query(sql, [...params]);
  // Why the cast: rows are whatever the SELECT list says; callers map them to domain types.
  return result.rows as T[];
}

async function createSchema(client: SqlClient, schema: string): Promise<void> {
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    // Why: two processes creating the same schema at once can both pass IF NOT EXISTS; the loser
    // gets a duplicate error although the schema now exists, which is all we wanted.
    const state = sqlStateOf(error);
    if (state !== SQLSTATE.uniqueViolation && state !== SQLSTATE.duplicateSchema) throw error;
  }
}

const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

function isConnectionError(error: unknown): boolean {
  if (isDomainError(error) || !(error instanceof Error)) return false;
  const state = sqlStateOf(error);
  // Class 08: connection exception; 57P01-57P03: server shutting down or starting up.
  if (state !== undefined) return state.startsWith('08') || /^57P0[1-3]$/.test(state);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
  return /connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}

function unavailable(target: Target, cause: unknown): DomainError {
  let reason = cause instanceof Error ? describeCause(cause) : String(cause);
  // Why: no known driver message contains the password, but a message is no place to trust that.
  if (target.password !== '') reason = reason.replaceAll(target.password, '***');
  return new DomainError('STORAGE_UNAVAILABLE', `PostgreSQL at ${target.label} is unavailable: ${reason}`);
}

function describeCause(error: Error): string {
  // Node reports failed connections of a host with several addresses as an AggregateError with an
  // empty message; its parts say what happened.
  if (error.message === '' && error instanceof AggregateError) {
    return error.errors.map((part) => (part instanceof Error ? part.message : String(part))).join('; ');
  }
  return error.message;
}

/** What errors may say about the server (`host:port/database`) and what they must not. */
interface Target {
  readonly label: string;
  readonly password: string;
}

function describeTarget(url: string): Target {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Why not echo the URL: it may carry the password.
    throw new DomainError(
      'CONFIG_INVALID',
      'the PostgreSQL URL is not a valid URL (expected postgres://user:password@host:port/database)',
    );
  }
  const host = parsed.searchParams.get('host') ?? (parsed.hostname || 'localhost');
  const port = parsed.searchParams.get('port') ?? (parsed.port || '5432');
  const database = safeDecode(parsed.pathname.replace(/^\//, ''));
  const label = `${host}:${port}${database === '' ? '' : `/${database}`}`;
  return { label, password: safeDecode(parsed.password) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
