import { spawn } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDbEventStore, type DuckDbEventStore } from './duckdb/duckdb-event-store';
import { EVENT_STORE_MIGRATIONS, migrateEventStore } from './duckdb/schema';
import { bareEvent, trafficEvent } from './event-fixtures';
import { EventStoreInUseError, EventStoreSaturatedError, InvalidStoredEventError } from './event-store-errors';
import { eventStoreContract } from './event-store.contract';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '../../../..');
const DAY_MS = 86_400_000;

eventStoreContract('DuckDB in memory', async () => {
  const store = await openDuckDbEventStore({ path: ':memory:' });
  return { store, cleanup: () => store.close() };
});

eventStoreContract('DuckDB file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marketops-events-'));
  const path = join(dir, 'events.duckdb');
  let current = await openDuckDbEventStore({ path });
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = await openDuckDbEventStore({ path });
      return current;
    },
    cleanup: async () => {
      await current.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('DuckDB event store on a file', () => {
  let dir: string;
  const stores: DuckDbEventStore[] = [];
  const openStore = async (name: string, options: { dedupeWindowDays?: number; maxPendingEvents?: number } = {}) => {
    const store = await openDuckDbEventStore({ path: join(dir, name), ...options });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marketops-events-'));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second open of the same file in this process', async () => {
    const store = await openStore('twice.duckdb');
    await expect(openDuckDbEventStore({ path: join(dir, 'twice.duckdb') })).rejects.toBeInstanceOf(EventStoreInUseError);
    await store.close();
    // Closing checkpointed: the WAL is folded into the database file and removed.
    await expect(access(join(dir, 'twice.duckdb.wal'))).rejects.toMatchObject({ code: 'ENOENT' });
    const again = await openStore('twice.duckdb');
    await expect(again.count('w')).resolves.toBe(0);
  });

  it('refuses options that cannot work before touching the file', async () => {
    await expect(openDuckDbEventStore({ path: join(dir, 'options.duckdb'), maxPendingEvents: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(openDuckDbEventStore({ path: join(dir, 'options.duckdb'), dedupeWindowDays: 1.5 })).rejects.toBeInstanceOf(RangeError);
    await expect(access(join(dir, 'options.duckdb'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('applies its migrations once; running them again does nothing', async () => {
    const store = await openStore('migrations.duckdb');
    await store.close();
    const instance = await DuckDBInstance.create(join(dir, 'migrations.duckdb'));
    const connection = await instance.connect();
    try {
      await expect(migrateEventStore(connection)).resolves.toEqual([]);
      const ids = (await connection.runAndReadAll('SELECT id FROM event_store_migrations')).getRowsJS();
      expect(ids).toEqual(EVENT_STORE_MIGRATIONS.map((m) => [m.id]));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('refuses values DuckDB would change or wrap, naming the event and field', async () => {
    const store = await openStore('invalid.duckdb');
    const cases = [
      { event: bareEvent('w', 'big', { revenue: 1e14 }), field: 'revenue' },
      { event: bareEvent('w', 'nan', { revenue: Number.NaN }), field: 'revenue' },
      { event: bareEvent('w', 'half', { userId: 'x\ud800' }), field: 'userId' },
      // Why refused, not kept: DuckDB stores UTF-8 and its JSON reader rejects a lone surrogate;
      // the tracking API refuses them at the edge too (invalid-unicode).
      { event: bareEvent('w', 'half-json', { properties: { a: [{ b: 'x\udc00' }] } }), field: 'properties.a.0.b' },
      { event: bareEvent('w', 'half-key', { traits: { ['k\ud800']: 1 } }), field: 'traits.k\ud800' },
      { event: bareEvent('w', 'not-half', { properties: { text: 'a backslash text \\ud800 is fine' } }), field: null },
      { event: bareEvent('w', 'when', { receivedAt: new Date('nope') }), field: 'receivedAt' },
      { event: bareEvent('w', 'big-int', { properties: { n: 1n } }), field: 'properties' },
    ];
    for (const { event, field } of cases) {
      if (field === null) continue;
      const failure = store.append([bareEvent('w', 'fine'), event]);
      await expect(failure).rejects.toBeInstanceOf(InvalidStoredEventError);
      await expect(failure).rejects.toMatchObject({ index: 1, messageId: event.messageId, field });
    }
    await expect(store.count('w')).resolves.toBe(0);
    const literal = cases.find((c) => c.field === null)!.event;
    await expect(store.append([literal])).resolves.toMatchObject({ inserted: 1 });
    const [stored] = await store.read({ workspaceId: 'w' });
    expect(stored?.properties).toEqual(literal.properties);
  });

  it('refuses at once with EventStoreSaturatedError when the queue is full, and stores the rest', async () => {
    const store = await openStore('saturated.duckdb', { maxPendingEvents: 100 });
    const calls = Array.from({ length: 20 }, (_, i) =>
      store.append(Array.from({ length: 25 }, (_, j) => trafficEvent('busy', `s-${i}-${j}`, j, Date.now()))),
    );
    expect(store.pendingEvents()).toBeLessThanOrEqual(100);
    const outcomes = await Promise.allSettled(calls);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(EventStoreSaturatedError);
    await expect(store.count('busy')).resolves.toBe((outcomes.length - refused.length) * 25);
    expect(store.pendingEvents()).toBe(0);
  });

  it('dedupes late events older than the window against the days around them, also after reopen', async () => {
    const longAgo = Date.now() - 90 * DAY_MS;
    let store = await openStore('late.duckdb', { dedupeWindowDays: 1 });
    await store.append([bareEvent('w', 'old', { timestamp: new Date(longAgo) }), bareEvent('w', 'now', { timestamp: new Date() })]);
    await store.close();
    store = await openStore('late.duckdb', { dedupeWindowDays: 1 });
    const result = await store.append([
      // A retry whose skew-corrected time moved by a few seconds, across midnight or not.
      bareEvent('w', 'old', { timestamp: new Date(longAgo + 5_000) }),
      bareEvent('w', 'now', { timestamp: new Date(longAgo) }),
      bareEvent('w', 'older', { timestamp: new Date(longAgo - DAY_MS) }),
    ]);
    expect(result).toEqual({ inserted: 1, duplicates: 2, duplicateIds: ['old', 'now'] });
    await expect(store.count('w')).resolves.toBe(3);
  });

  it('keeps every acknowledged event exactly once after kill -9 of the writing process', async () => {
    const path = join(dir, 'crash.duckdb');
    const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'crash-writer.script.ts'), path, '4', '5000'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ?? code)));
    const acknowledged: string[] = [];
    let batches = 0;
    for await (const line of createInterface({ input: child.stdout })) {
      if (!line.startsWith('ack ')) continue;
      acknowledged.push(...line.slice(4).split(' '));
      batches++;
      if (batches === 300) child.kill('SIGKILL');
    }
    expect(await exited, stderr).toBe('SIGKILL');
    expect(batches).toBeGreaterThanOrEqual(300);

    const store = await openStore('crash.duckdb');
    const stored = await store.read({ workspaceId: 'crash' });
    const copies = new Map<string, number>();
    for (const event of stored) copies.set(event.messageId, (copies.get(event.messageId) ?? 0) + 1);
    const missing = acknowledged.filter((id) => copies.get(id) !== 1);
    expect(missing).toEqual([]);
    expect([...copies.values()].every((count) => count === 1)).toBe(true);
    // The recovered store's dedupe index knows them too.
    const again = await store.append(stored.slice(0, 50));
    expect(again.duplicates).toBe(50);
  });
});
