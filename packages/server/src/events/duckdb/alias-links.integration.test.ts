import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StoredEvent } from '../port';
import { bareEvent } from '../event-fixtures';
import { openDuckDbEventStore, type DuckDbEventStore } from './duckdb-event-store';

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
  it('always equals the derivation from the events, whatever the batches, their order and duplicates', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'marketops-alias-links-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(eventArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.boolean(), async (batches, resend) => {
          const store = await openDuckDbEventStore({ path: path.join(dir, `r${run++}.duckdb`) });
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
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
