import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DuckDBInstance } from '@duckdb/node-api';
import type { StoredEvent } from '../port';
import { bareEvent } from '../event-fixtures';
import { AliasLinkWriter } from './alias-link-writer';
import { openDuckDbEventStore, type DuckDbEventStore } from './duckdb-event-store';
import { prepareEvents } from './prepare-event';

const TABLE = 'SELECT workspace_id, alias_id, person_id, epoch_ms(linked_at) AS at FROM person_alias_links ORDER BY ALL';
const DERIVED = 'SELECT workspace_id, alias_id, person_id, epoch_ms(linked_at) AS at FROM person_aliases_from_events ORDER BY ALL';
const base = Date.parse('2026-03-01T00:00:00Z');

const rows = async (store: DuckDbEventStore, sql: string) => (await store.query(sql)).map((r) => `${String(r['workspace_id'])}|${String(r['alias_id'])}|${String(r['person_id'])}|${String(r['at'])}`);

/** An event stating whatever identity the arbitrary gives it. */
const eventArb = fc.record({
  workspace: fc.constantFrom('w1', 'w2'),
  type: fc.constantFrom('track', 'identify', 'alias', 'page'),
  userId: fc.option(fc.constantFrom('u1', 'u2', 'U1', 'ü', '用户'), { nil: null }),
  anonymousId: fc.option(fc.constantFrom('a1', 'a2', 'a3', 'u2'), { nil: null }),
  previousId: fc.option(fc.constantFrom('a1', 'old', 'u1'), { nil: null }),
  // few distinct instants, so equal link times (ties) are common
  minute: fc.integer({ min: 0, max: 3 }),
});

type ArbEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function eventOf(e: ArbEvent, id: number): StoredEvent {
  const anonymousId = e.userId === null && e.anonymousId === null ? 'a-fallback' : e.anonymousId;
  return bareEvent(e.workspace, `m${id}`, {
    type: e.type as StoredEvent['type'],
    userId: e.type === 'alias' && e.userId === null ? 'u1' : e.userId,
    anonymousId,
    previousId: e.type === 'alias' ? e.previousId : null,
    timestamp: new Date(base + e.minute * 60_000),
  });
}

describe('person_alias_links (the writer-kept alias table)', () => {
  // The writer's alias cache (alias-link-cache.ts) with none, one and room for every alias: what it
  // leaves out of a commit must never change the table.
  it.each([0, 1, 100_000])('always equals the derivation from the events, whatever the batches, their order and duplicates (alias cache %i)', async (aliasCacheSize) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'marketops-alias-links-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(eventArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.boolean(), async (batches, resend) => {
          const store = await openDuckDbEventStore({ path: path.join(dir, `r${run++}.duckdb`), aliasCacheSize });
          try {
            let id = 0;
            const appended: StoredEvent[][] = [];
            for (const batch of batches) {
              const events = batch.map((e) => eventOf(e, id++));
              appended.push(events);
              await store.append(events);
            }
            // a retried batch is deduplicated and changes nothing
            if (resend && appended[0] !== undefined) await store.append(appended[0]);
            expect(await rows(store, TABLE)).toEqual(await rows(store, DERIVED));
          } finally {
            await store.close();
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the earliest link across commits, a smaller user id on a tie, and survives a reopen', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'marketops-alias-links-'));
    const file = path.join(dir, 'events.duckdb');
    try {
      let store = await openDuckDbEventStore({ path: file });
      await store.append([bareEvent('w', 'm1', { anonymousId: 'a', userId: 'u9', timestamp: new Date(base + 60_000) })]);
      expect(await rows(store, TABLE)).toEqual([`w|a|u9|${base + 60_000}`]);
      // a later link does not move the alias; an earlier one (a backfill) does; a tie goes to the smaller id
      await store.append([bareEvent('w', 'm2', { anonymousId: 'a', userId: 'u1', timestamp: new Date(base + 120_000) })]);
      expect(await rows(store, TABLE)).toEqual([`w|a|u9|${base + 60_000}`]);
      await store.append([bareEvent('w', 'm3', { anonymousId: 'a', userId: 'u5', timestamp: new Date(base) })]);
      await store.append([bareEvent('w', 'm4', { anonymousId: 'a', userId: 'u3', timestamp: new Date(base) })]);
      expect(await rows(store, TABLE)).toEqual([`w|a|u3|${base}`]);
      await store.close();
      store = await openDuckDbEventStore({ path: file });
      expect(await rows(store, TABLE)).toEqual([`w|a|u3|${base}`]);
      expect(await rows(store, TABLE)).toEqual(await rows(store, DERIVED));
      // after a reopen the writer knows 'a' from the table: a later link changes nothing, an earlier one still wins
      await store.append([bareEvent('w', 'm5', { anonymousId: 'a', userId: 'u0', timestamp: new Date(base + 180_000) }), bareEvent('w', 'm6', { anonymousId: 'b', userId: 'u0', timestamp: new Date(base) })]);
      expect(await rows(store, TABLE)).toEqual([`w|a|u3|${base}`, `w|b|u0|${base}`]);
      await store.append([bareEvent('w', 'm7', { anonymousId: 'a', userId: 'u8', timestamp: new Date(base - 60_000) })]);
      expect(await rows(store, TABLE)).toEqual([`w|a|u8|${base - 60_000}`, `w|b|u0|${base}`]);
      expect(await rows(store, TABLE)).toEqual(await rows(store, DERIVED));
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('AliasLinkWriter (what a commit writes to person_alias_links)', () => {
  it('inserts links of aliases the table has no row for, merges the others, and reads its filter again once full', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run('CREATE TABLE person_alias_links (workspace_id VARCHAR NOT NULL, alias_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL, linked_at TIMESTAMPTZ NOT NULL)');
      await connection.run(`INSERT INTO person_alias_links VALUES ('w', 'known', 'u1', TIMESTAMPTZ '2026-03-01 00:00:00+00')`);
      const writer = await AliasLinkWriter.open(connection, 10);
      const aliasesOf = (events: StoredEvent[]) => {
        const plan = writer.plan(prepareEvents(events));
        return { insert: plan.insert.map((r) => r.a), merge: plan.merge.map((r) => r.a) };
      };
      const linking = (alias: string) => bareEvent('w', `m-${alias}`, { anonymousId: alias, userId: 'u2', timestamp: new Date(base) });
      expect(aliasesOf([linking('known'), linking('new')])).toEqual({ insert: ['new'], merge: ['known'] });

      // Rows written around the writer are unknown to its filter until it is read again, which
      // happens once the filter holds more keys than it was sized for (2^20 bits: 104,857 keys, one of them `known`).
      await connection.run(`INSERT INTO person_alias_links SELECT 'w', 'bulk-' || i, 'u', TIMESTAMPTZ '2026-03-01 00:00:00+00' FROM range(200000) t(i)`);
      const bulk = Array.from({ length: 20 }, (_, i) => linking(`bulk-${i * 9_973}`));
      expect(aliasesOf(bulk).merge.length).toBeLessThan(3); // false positives only (about 1%)
      const plan = writer.plan(prepareEvents(Array.from({ length: 104_856 }, (_, i) => linking(`filler-${i}`))));
      writer.committed(plan);
      await writer.maintain(connection);
      expect(aliasesOf(bulk).merge.length).toBeLessThan(3); // not full yet: not read again
      writer.committed(writer.plan(prepareEvents([linking('one-more')])));
      await writer.maintain(connection);
      expect(aliasesOf(bulk)).toEqual({ insert: [], merge: bulk.map((e) => e.anonymousId) });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
