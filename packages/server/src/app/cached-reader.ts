import { LRUCache } from 'lru-cache';
import type { SqlValue } from '../metrics-sql/sql-params';

type Row = Record<string, unknown>;

/** A read-only query source whose committed data is named by a version (`DuckDbEventStore`). */
export interface VersionedReader {
  query(sql: string, params?: Readonly<Record<string, SqlValue>>): Promise<Row[]>;
  /** Changes whenever committed data (of `workspaceId`, when given) may have changed; equal versions mean equal data. */
  dataVersion(workspaceId?: string): number;
}

/** What the services read through: one query, answered for one workspace's data. */
export interface QueryReader {
  query(sql: string, params?: Readonly<Record<string, SqlValue>>): Promise<Row[]>;
}

/** A reader that can keep answers per workspace (`QueryResultCache`). */
export interface WorkspaceScopedReader extends QueryReader {
  forWorkspace(workspaceId: string): QueryReader;
}

/**
 * The reader for queries of `workspaceId` alone: `reader.forWorkspace` when it has one (its answers
 * then outlive events sent to other workspaces), else `reader` itself.
 */
export function readerFor(reader: QueryReader & Partial<WorkspaceScopedReader>, workspaceId: string): QueryReader {
  return reader.forWorkspace?.(workspaceId) ?? reader;
}

export interface QueryResultCacheOptions {
  /** Estimated bytes of cached rows at most; 0 turns the cache off (every query runs). */
  readonly maxBytes: number;
}

export interface QueryResultCacheStats {
  /** Answered from the cache. */
  readonly hits: number;
  /** Run on the store. */
  readonly misses: number;
  /** Joined an identical query already running. */
  readonly joined: number;
  readonly entries: number;
  readonly bytes: number;
}

/**
 * The answers of read-only queries, kept until the store's data changes. Why: a dashboard, the
 * overview and the explorers ask the same queries again and again (a reload, a second reader, a
 * return to a tab) of data that, on most days, has not changed since; with the demo data a
 * dashboard's 12 DuckDB queries took 0.3-0.8 s of the two cores that the browser also needs.
 *
 * Correctness rests on the store's `dataVersion`: an answer is keyed on the version read before
 * its query ran, and kept only if the version is still the same when the answer arrives (a commit
 * in between makes it unknowable which data the query saw). Through `forWorkspace(id)` the version
 * is that workspace's, so events sent to one workspace leave the answers of the others standing;
 * such a reader must only be given queries that read that workspace's rows alone (every query of
 * the metrics and analyses filters on `workspace_id`). Answers of older versions are never read
 * again and leave as the least recently used. Identical queries running at the same time run once.
 * The SQL must be deterministic given its text, parameters and the data (no `now()`, `random()`):
 * the engine's queries are (values such as "now" travel as parameters, which are part of the key).
 *
 * Answers are shared: each caller gets its own array, but the rows (and lists in them) are frozen,
 * so code that would change a row fails loudly instead of changing another caller's answer.
 */
export class QueryResultCache implements WorkspaceScopedReader {
  readonly #source: VersionedReader;
  readonly #cache: LRUCache<string, readonly Row[]> | null;
  readonly #running = new Map<string, Promise<readonly Row[]>>();
  #hits = 0;
  #misses = 0;
  #joined = 0;

  constructor(source: VersionedReader, options: QueryResultCacheOptions) {
    this.#source = source;
    this.#cache =
      options.maxBytes > 0
        ? new LRUCache<string, readonly Row[]>({
            maxSize: options.maxBytes,
            // Why a cap per answer: one huge answer must not push out a dashboard's worth of small ones.
            maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
            sizeCalculation: (rows, key) => key.length * 2 + estimateBytes(rows),
          })
        : null;
  }

  /** A query that may read any workspace's data: its answer lasts until any data changes. */
  query(sql: string, params: Readonly<Record<string, SqlValue>> = {}): Promise<Row[]> {
    return this.#ask(undefined, sql, params);
  }

  /** A reader for queries that read `workspaceId`'s rows alone: their answers last until that workspace's data changes. */
  forWorkspace(workspaceId: string): QueryReader {
    return { query: (sql, params = {}) => this.#ask(workspaceId, sql, params) };
  }

  #ask(workspaceId: string | undefined, sql: string, params: Readonly<Record<string, SqlValue>>): Promise<Row[]> {
    const cache = this.#cache;
    if (cache === null) return this.#source.query(sql, params);
    const version = this.#source.dataVersion(workspaceId);
    const key = cacheKey(workspaceId, version, sql, params);
    const cached = cache.get(key);
    if (cached !== undefined) {
      this.#hits += 1;
      return Promise.resolve(cached.slice());
    }
    const running = this.#running.get(key);
    if (running !== undefined) {
      this.#joined += 1;
      return running.then((rows) => rows.slice());
    }
    this.#misses += 1;
    const run = this.#source.query(sql, params).then((rows) => {
      const answer = deepFreeze(rows);
      if (this.#source.dataVersion(workspaceId) === version) cache.set(key, answer);
      return answer;
    });
    this.#running.set(key, run);
    const forget = () => this.#running.delete(key);
    run.then(forget, forget);
    return run.then((rows) => rows.slice());
  }

  stats(): QueryResultCacheStats {
    return {
      hits: this.#hits,
      misses: this.#misses,
      joined: this.#joined,
      entries: this.#cache?.size ?? 0,
      bytes: this.#cache?.calculatedSize ?? 0,
    };
  }
}

/** Scope, version, SQL and parameters, each parameter with its type (`1` and `'1'` are different queries). */
function cacheKey(workspaceId: string | undefined, version: number, sql: string, params: Readonly<Record<string, SqlValue>>): string {
  const typed = Object.entries(params).map(([name, value]) => [name, typeof value, typeof value === 'number' && Object.is(value, -0) ? '-0' : String(value)]);
  return `${JSON.stringify([workspaceId ?? null, version])}\n${sql}\n${JSON.stringify(typed)}`;
}

/**
 * A rough size of rows in the V8 heap (pointer-sized slots, two bytes per string character), to
 * bound the cache's memory. Counts every value once, as DuckDB's rows share none.
 */
export function estimateBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 8;
  if (typeof value === 'number') return 16;
  if (typeof value === 'bigint') return 32;
  if (typeof value === 'string') return 24 + value.length * 2;
  if (value instanceof Date) return 48;
  if (Array.isArray(value)) {
    let total = 32;
    for (const item of value) total += 8 + estimateBytes(item);
    return total;
  }
  if (typeof value === 'object') {
    let total = 56;
    for (const [name, item] of Object.entries(value)) total += 16 + name.length + estimateBytes(item);
    return total;
  }
  return 16;
}

function deepFreeze<T>(value: T): T {
  // Why not typed arrays (a BLOB's bytes): they cannot be frozen; nothing in the engine writes to them.
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value as object)) deepFreeze(item);
  }
  return value;
}
