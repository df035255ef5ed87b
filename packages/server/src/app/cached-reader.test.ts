import { describe, expect, it } from 'vitest';
import { estimateBytes, QueryResultCache, type VersionedReader } from './cached-reader';
import type { SqlValue } from '../metrics-sql/sql-params';

type Row = Record<string, unknown>;

/**
 * A table of counters standing in for the store: each query answers with its SQL, its parameters,
 * the data version and a run number, so a test sees whether an answer was computed again. Queries
 * can be held open (`hold`) to put a commit in the middle of one.
 */
class CountingSource implements VersionedReader {
  version = 0;
  /** Per workspace: the version at which its data last changed (see `DuckDbEventStore.dataVersion`). */
  readonly changedAt = new Map<string, number>();
  runs = 0;
  failNext: Error | null = null;
  readonly #held: (() => void)[] = [];
  #holding = false;

  dataVersion(workspaceId?: string): number {
    return workspaceId === undefined ? this.version : (this.changedAt.get(workspaceId) ?? 0);
  }

  /** A commit holding events of these workspaces. */
  commit(...workspaceIds: string[]): void {
    this.version += 1;
    for (const id of workspaceIds) this.changedAt.set(id, this.version);
  }

  hold(): void {
    this.#holding = true;
  }

  release(): void {
    this.#holding = false;
    for (const go of this.#held.splice(0)) go();
  }

  async query(sql: string, params: Readonly<Record<string, SqlValue>> = {}): Promise<Row[]> {
    this.runs += 1;
    const run = this.runs;
    const version = this.version;
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    if (this.#holding) await new Promise<void>((go) => this.#held.push(go));
    return [{ sql, params: { ...params }, version, run, list: [1, 2, 3] }];
  }
}

const cacheOf = (source: CountingSource, maxBytes = 1024 * 1024) => new QueryResultCache(source, { maxBytes });

describe('QueryResultCache', () => {
  it('answers a query asked again from the cache, with the same rows', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    const first = await cache.query('SELECT 1', { p0: 'a' });
    const second = await cache.query('SELECT 1', { p0: 'a' });
    expect(second).toEqual(first);
    expect(source.runs).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('tells queries apart by SQL, by parameter value and by parameter type', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    await cache.query('SELECT 1', { p0: 1 });
    await cache.query('SELECT 1', { p0: '1' });
    await cache.query('SELECT 1', { p0: true });
    await cache.query('SELECT 1', { p0: 'true' });
    await cache.query('SELECT 2', { p0: 1 });
    await cache.query('SELECT 1', { p1: 1 });
    await cache.query('SELECT 1', { p0: Number.NaN });
    await cache.query('SELECT 1', { p0: Number.POSITIVE_INFINITY });
    await cache.query('SELECT 1', {});
    expect(source.runs).toBe(9);
    await cache.query('SELECT 1', { p0: Number.NaN });
    expect(source.runs).toBe(9);
  });

  it('computes again once the data version changes', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    await cache.query('SELECT 1');
    await cache.query('SELECT 2');
    source.commit('a');
    const after = await cache.query('SELECT 1');
    expect(after[0]).toMatchObject({ version: 1, run: 3 });
    await cache.query('SELECT 2');
    expect(source.runs).toBe(4);
  });

  it('per workspace: a commit to one workspace keeps the answers of the others, not its own nor the unscoped ones', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    const a = cache.forWorkspace('a');
    const b = cache.forWorkspace('b');
    await a.query('SELECT 1', { w: 'a' });
    await b.query('SELECT 1', { w: 'b' });
    await cache.query('SELECT 1', { w: 'a' });
    expect(source.runs).toBe(3);
    source.commit('a');
    await b.query('SELECT 1', { w: 'b' });
    expect(source.runs).toBe(3);
    await a.query('SELECT 1', { w: 'a' });
    expect(source.runs).toBe(4);
    await cache.query('SELECT 1', { w: 'a' });
    expect(source.runs).toBe(5);
    // The same query and parameters under two scopes are two answers.
    await b.query('SELECT 1', { w: 'a' });
    expect(source.runs).toBe(6);
  });

  it('does not keep an answer whose query overlapped a commit', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    source.hold();
    const during = cache.query('SELECT 1');
    await Promise.resolve();
    source.commit('a'); // a commit while the query runs: which data it read is unknowable
    source.release();
    expect((await during)[0]).toMatchObject({ version: 0 });
    const next = await cache.query('SELECT 1');
    expect(next[0]).toMatchObject({ version: 1, run: 2 });
    expect(cache.stats().entries).toBe(1);
    await cache.query('SELECT 1');
    expect(source.runs).toBe(2);
  });

  it('runs identical queries asked at the same time once, and gives each caller its own array', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    source.hold();
    const asks = [cache.query('SELECT 1', { p0: 'x' }), cache.query('SELECT 1', { p0: 'x' }), cache.query('SELECT 1', { p0: 'x' })];
    source.release();
    const answers = await Promise.all(asks);
    expect(source.runs).toBe(1);
    expect(cache.stats()).toMatchObject({ misses: 1, joined: 2 });
    expect(answers[0]).not.toBe(answers[1]);
    answers[0]?.sort(() => -1).push({ mine: true });
    expect(answers[1]).toHaveLength(1);
    expect(await cache.query('SELECT 1', { p0: 'x' })).toHaveLength(1);
  });

  it('freezes shared rows and their lists, so no caller can change another caller\'s answer', async () => {
    const cache = cacheOf(new CountingSource());
    const [row] = await cache.query('SELECT 1');
    expect(() => {
      (row as Row)['run'] = 99;
    }).toThrow(TypeError);
    expect(() => (row?.['list'] as number[]).push(4)).toThrow(TypeError);
    expect((await cache.query('SELECT 1'))[0]).toMatchObject({ run: 1, list: [1, 2, 3] });
  });

  it('does not keep a failure: the next ask runs the query again', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source);
    source.failNext = new Error('disk on fire');
    await expect(cache.query('SELECT 1')).rejects.toThrow('disk on fire');
    expect((await cache.query('SELECT 1'))[0]).toMatchObject({ run: 2 });
    expect(cache.stats().entries).toBe(1);
  });

  it('runs every query when turned off (0 bytes)', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source, 0);
    await cache.query('SELECT 1');
    await cache.query('SELECT 1');
    expect(source.runs).toBe(2);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('stays within its memory, dropping the least recently used answers', async () => {
    const source = new CountingSource();
    const oneAnswer = estimateBytes([{ sql: 'SELECT 100', params: {}, version: 0, run: 1, list: [1, 2, 3] }]) + 40;
    const cache = cacheOf(source, oneAnswer * 10);
    for (let i = 0; i < 100; i += 1) await cache.query(`SELECT ${100 + i}`);
    expect(cache.stats().bytes).toBeLessThanOrEqual(oneAnswer * 10);
    expect(cache.stats().entries).toBeGreaterThan(3);
    expect(cache.stats().entries).toBeLessThan(20);
    const runs = source.runs;
    await cache.query('SELECT 199'); // the most recent: kept
    await cache.query('SELECT 100'); // the oldest: dropped
    expect(source.runs).toBe(runs + 1);
  });

  it('does not keep one answer larger than an eighth of its memory', async () => {
    const source = new CountingSource();
    const cache = cacheOf(source, 600);
    await cache.query(`SELECT '${'x'.repeat(200)}'`);
    await cache.query(`SELECT '${'x'.repeat(200)}'`);
    expect(source.runs).toBe(2);
  });
});

describe('estimateBytes', () => {
  it('grows with strings, lists and nested objects', () => {
    expect(estimateBytes('abcd')).toBeGreaterThan(estimateBytes('ab'));
    expect(estimateBytes([1, 2, 3])).toBeGreaterThan(estimateBytes([1]));
    expect(estimateBytes({ a: { b: 'xyz' } })).toBeGreaterThan(estimateBytes({ a: 1 }));
    expect(estimateBytes(10n)).toBeGreaterThan(0);
    expect(estimateBytes(null)).toBeGreaterThan(0);
  });
});
