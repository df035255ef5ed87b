import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DomainError } from '@marketops/core';
import type { SqlClient, SqlExecutor } from '../sql-client';

/** Where the embedded database lives. */
export interface PgliteClientOptions {
  /** A directory for the database files, created if missing; undefined keeps it in memory. */
  readonly dataDir?: string;
}

/**
 * Opens embedded PostgreSQL (PGlite, compiled to WASM) as a {@link SqlClient}.
 *
 * @example
 * const db = await openPgliteClient({ dataDir: join(dataDir, 'pg') });
 * const rows = await db.query<{ n: number }>('SELECT 1 AS n');
 * await db.close();
 */
export async function openPgliteClient(options: PgliteClientOptions = {}): Promise<SqlClient> {
  const { dataDir } = options;
  const where = dataDir === undefined ? 'in memory' : `in ${dataDir}`;
  try {
    if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
    const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
    return new PgliteClient(db);
  } catch (error) {
    throw new DomainError('STORAGE_UNAVAILABLE', `cannot open the embedded database ${where}: ${messageOf(error)}`);
  }
}

/**
 * FIFO lock made of a promise chain: each task starts after the previous one settled, whether it
 * succeeded or failed.
 */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * Why our own queue although PGlite 0.5 locks internally too: PGlite has exactly one connection,
 * so a transaction must own it from BEGIN to COMMIT; the queue makes that ordering explicit here,
 * independent of PGlite's internals, and lets `close()` wait for work in flight.
 */
class PgliteClient implements SqlClient {
  readonly dialect = 'pglite' as const;
  private readonly queue = new SerialQueue();
  // Why: marks code running inside one of our transactions, so that a call on the client (instead
  // of `tx`) fails at once rather than waiting forever behind the transaction that holds the queue.
  private readonly insideTransaction = new AsyncLocalStorage<true>();
  private closed = false;

  constructor(private readonly db: PGlite) {}

  query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.exclusive(async () => (await this.db.query<T>(sql, [...params])).rows);
  }

  exec(sql: string): Promise<void> {
    return this.exclusive(async () => {
      await this.db.exec(sql);
    });
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    // PGlite's transaction() sends BEGIN, COMMIT, or ROLLBACK when `fn` throws, and rethrows.
    return this.exclusive(() =>
      this.db.transaction((tx) => this.insideTransaction.run(true, () => fn(executorFor(tx)))),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.run(() => this.db.close());
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.insideTransaction.getStore() === true) {
      return Promise.reject(
        new Error('PGlite client used inside its own transaction: use the `tx` executor (this would deadlock)'),
      );
    }
    if (this.closed) {
      return Promise.reject(new DomainError('STORAGE_UNAVAILABLE', 'the embedded database is closed'));
    }
    return this.queue.run(task);
  }
}

/** Statements on `tx` run at once: the transaction already owns the connection. */
function executorFor(tx: Transaction): SqlExecutor {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      return (await tx.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await tx.exec(sql);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
