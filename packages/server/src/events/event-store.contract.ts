import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareEvent, richEvent } from './event-fixtures';
import type { EventStore, StoredEvent } from './port';

/** What an adapter's test file hands to {@link eventStoreContract}: a fresh, empty store. */
export interface EventStoreFixture {
  readonly store: EventStore;
  /**
   * Closes the store last returned (when still open) and opens the same storage again. Omitted
   * by adapters without durable storage; the cases that need it are then skipped.
   */
  reopen?(): Promise<EventStore>;
  /** Closes whatever is open (closing twice is allowed) and removes what the fixture created. */
  cleanup(): Promise<void>;
}

/** Sorted as `read` returns events: by event time, then messageId. */
function byTimeThenId(events: readonly StoredEvent[]): StoredEvent[] {
  return [...events].sort(
    (a, b) => a.timestamp.getTime() - b.timestamp.getTime() || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0),
  );
}

const at = (iso: string): Date => new Date(iso);

/**
 * The one suite every {@link EventStore} adapter must pass. `open` is called once per suite and
 * must return an empty store; each case works in its own workspaces. The last case closes the
 * store.
 *
 * @example
 * eventStoreContract('DuckDB in memory', async () => {
 *   const store = await openDuckDbEventStore({ path: ':memory:' });
 *   return { store, cleanup: () => store.close() };
 * });
 */
export function eventStoreContract(name: string, open: () => Promise<EventStoreFixture>): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: EventStoreFixture | undefined;
    let current: EventStore | undefined;
    const store = (): EventStore => {
      if (current === undefined) throw new Error('the fixture did not open');
      return current;
    };
    const reopen = async (): Promise<void> => {
      if (fixture?.reopen === undefined) throw new Error('the fixture cannot reopen');
      current = await fixture.reopen();
    };
    const canReopen = (): boolean => fixture?.reopen !== undefined;

    beforeAll(async () => {
      fixture = await open();
      current = fixture.store;
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    it('returns every field exactly as appended: unicode, nested JSON, nulls, revenue, currencies', async () => {
      const ws = 'round-trip';
      const currencies = ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'BRL', 'INR', 'XOF', 'KWD', 'CHF'];
      const revenues = [19.9999, 0.0001, -5.5, 123456789.1234, 0, 100, 899999999999.9999, -0.0001, 7.07, 3.1416];
      const events: StoredEvent[] = [
        richEvent(ws, 'rich-1'),
        bareEvent(ws, 'bare-1', { timestamp: at('2025-03-01T09:00:00.001Z') }),
        ...(['identify', 'page', 'screen', 'group', 'alias'] as const).map((type, i) =>
          richEvent(ws, `type-${type}`, { type, timestamp: at(`2025-03-02T0${i}:00:00.000Z`), revenue: null, currency: null }),
        ),
        ...currencies.map((currency, i) =>
          bareEvent(ws, `money-${i}`, { revenue: revenues[i] ?? null, currency, timestamp: at(`2025-03-03T10:00:${String(i).padStart(2, '0')}.000Z`) }),
        ),
      ];
      await expect(store().append(events)).resolves.toEqual({ inserted: events.length, duplicates: 0, duplicateIds: [] });
      const stored = await store().read({ workspaceId: ws });
      expect(stored).toEqual(byTimeThenId(events));
      const money = stored.filter((event) => event.messageId.startsWith('money-'));
      expect(money.map((event) => event.revenue)).toEqual(revenues);
      expect(money.map((event) => event.currency)).toEqual(currencies);
      expect(stored.find((event) => event.messageId === 'bare-1')?.originalTimestamp).toBeNull();
    });

    it('orders by event time, then messageId', async () => {
      const ws = 'ordering';
      const same = at('2025-04-01T00:00:00.000Z');
      const events = [
        bareEvent(ws, 'b', { timestamp: same }),
        bareEvent(ws, 'c', { timestamp: at('2025-03-31T23:59:59.999Z') }),
        bareEvent(ws, 'a', { timestamp: same }),
        bareEvent(ws, 'd', { timestamp: at('2025-04-01T00:00:00.001Z') }),
      ];
      await store().append(events);
      expect((await store().read({ workspaceId: ws })).map((event) => event.messageId)).toEqual(['c', 'a', 'b', 'd']);
    });

    it('answers an empty append with nothing inserted', async () => {
      await expect(store().append([])).resolves.toEqual({ inserted: 0, duplicates: 0, duplicateIds: [] });
    });

    it('dedupes within one call: the first copy wins, duplicates reported in input order', async () => {
      const ws = 'dedupe-call';
      const result = await store().append([
        bareEvent(ws, 'm1', { properties: { copy: 'first' } }),
        bareEvent(ws, 'm2'),
        bareEvent(ws, 'm1', { properties: { copy: 'second' } }),
        bareEvent(ws, 'm3'),
        bareEvent(ws, 'm2'),
        bareEvent(ws, 'm1', { properties: { copy: 'third' } }),
      ]);
      expect(result).toEqual({ inserted: 3, duplicates: 3, duplicateIds: ['m1', 'm2', 'm1'] });
      const stored = await store().read({ workspaceId: ws });
      expect(stored.map((event) => event.messageId)).toEqual(['m1', 'm2', 'm3']);
      expect(stored[0]?.properties).toEqual({ copy: 'first' });
    });

    it('dedupes across calls, and per workspace only', async () => {
      await store().append([bareEvent('dedupe-across', 'x1'), bareEvent('dedupe-across', 'x2')]);
      const second = await store().append([
        bareEvent('dedupe-across', 'x2', { properties: { late: true } }),
        bareEvent('dedupe-across', 'x3'),
        bareEvent('dedupe-across', 'x1'),
        bareEvent('dedupe-across-other', 'x1'),
      ]);
      expect(second).toEqual({ inserted: 2, duplicates: 2, duplicateIds: ['x2', 'x1'] });
      expect((await store().read({ workspaceId: 'dedupe-across' })).map((event) => event.properties)).toEqual([{}, {}, {}]);
      await expect(store().count('dedupe-across-other')).resolves.toBe(1);
    });

    it('stores each messageId exactly once under 20 concurrent overlapping appends', async () => {
      const ws = 'concurrent';
      // Batch i holds ids i*10 .. i*10+29 (overlapping its neighbours), one of them twice.
      const batches = Array.from({ length: 20 }, (_, i) => {
        const ids = Array.from({ length: 30 }, (_, j) => `c-${String(i * 10 + j).padStart(3, '0')}`);
        return [...ids, ids[7] as string].map((id, j) => bareEvent(ws, id, { timestamp: at('2025-05-01T00:00:00.000Z'), properties: { batch: i, j } }));
      });
      const distinct = new Set(batches.flat().map((event) => event.messageId));
      const results = await Promise.all(batches.map((batch) => store().append(batch)));
      const inserted = results.reduce((sum, result) => sum + result.inserted, 0);
      expect(inserted).toBe(distinct.size);
      results.forEach((result, i) => {
        expect(result.inserted + result.duplicates).toBe(batches[i]?.length);
        expect(result.duplicateIds).toHaveLength(result.duplicates);
      });
      const stored = await store().read({ workspaceId: ws });
      expect(stored.map((event) => event.messageId)).toEqual([...distinct].sort());
      await expect(store().count(ws)).resolves.toBe(distinct.size);
    });

    it('stores nothing of a call that fails, and the same events can be appended afterwards', async () => {
      const ws = 'atomic';
      await store().append([bareEvent(ws, 'before')]);
      const good = [bareEvent(ws, 'g1'), bareEvent(ws, 'g2')];
      const bad = bareEvent(ws, 'bad', { timestamp: new Date(Number.NaN) });
      await expect(store().append([...good, bad])).rejects.toThrow();
      await expect(store().count(ws)).resolves.toBe(1);
      await expect(store().append(good)).resolves.toEqual({ inserted: 2, duplicates: 0, duplicateIds: [] });
      await expect(store().count(ws)).resolves.toBe(3);
    });

    it('filters reads by time range [from, to), type, event, receivedAfter and limit', async () => {
      const ws = 'filters';
      const events = [
        bareEvent(ws, 'f1', { type: 'page', event: 'Home', timestamp: at('2025-06-01T00:00:00.000Z'), receivedAt: at('2025-06-01T00:00:05.000Z') }),
        bareEvent(ws, 'f2', { type: 'track', event: 'Signed Up', timestamp: at('2025-06-02T00:00:00.000Z'), receivedAt: at('2025-06-02T00:00:05.000Z') }),
        bareEvent(ws, 'f3', { type: 'track', event: 'Order Completed', timestamp: at('2025-06-03T00:00:00.000Z'), receivedAt: at('2025-06-03T00:00:05.000Z') }),
        bareEvent(ws, 'f4', { type: 'track', event: 'Signed Up', timestamp: at('2025-06-04T00:00:00.000Z'), receivedAt: at('2025-06-04T00:00:05.000Z') }),
        bareEvent(ws, 'f5', { type: 'identify', timestamp: at('2025-06-05T00:00:00.000Z'), receivedAt: at('2025-06-05T00:00:05.000Z') }),
      ];
      await store().append(events);
      await store().append([bareEvent('filters-other', 'f1', { timestamp: at('2025-06-01T00:00:00.000Z') })]);
      const ids = async (query: Omit<Parameters<EventStore['read']>[0], 'workspaceId'>): Promise<string[]> =>
        (await store().read({ workspaceId: ws, ...query })).map((event) => event.messageId);

      expect(await ids({})).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
      expect(await ids({ from: at('2025-06-02T00:00:00.000Z'), to: at('2025-06-04T00:00:00.000Z') })).toEqual(['f2', 'f3']);
      expect(await ids({ from: at('2025-06-04T00:00:00.001Z') })).toEqual(['f5']);
      expect(await ids({ to: at('2025-06-01T00:00:00.001Z') })).toEqual(['f1']);
      expect(await ids({ type: 'track' })).toEqual(['f2', 'f3', 'f4']);
      expect(await ids({ event: 'Signed Up' })).toEqual(['f2', 'f4']);
      expect(await ids({ type: 'track', event: 'Signed Up', from: at('2025-06-03T00:00:00.000Z') })).toEqual(['f4']);
      expect(await ids({ receivedAfter: at('2025-06-03T00:00:05.000Z') })).toEqual(['f4', 'f5']);
      expect(await ids({ limit: 2 })).toEqual(['f1', 'f2']);
      expect(await ids({ type: 'alias' })).toEqual([]);
    });

    it('counts per workspace, isolated', async () => {
      await store().append([bareEvent('count-a', '1'), bareEvent('count-a', '2'), bareEvent('count-b', '1')]);
      await expect(store().count('count-a')).resolves.toBe(2);
      await expect(store().count('count-b')).resolves.toBe(1);
      await expect(store().count('count-never-used')).resolves.toBe(0);
      await expect(store().read({ workspaceId: 'count-never-used' })).resolves.toEqual([]);
    });

    it('keeps events and dedupes them after a reopen', async (context) => {
      if (!canReopen()) context.skip('the adapter has no durable storage to reopen');
      const ws = 'reopen';
      const events = [richEvent(ws, 'r1'), bareEvent(ws, 'r2')];
      await store().append(events);
      await reopen();
      expect(await store().read({ workspaceId: ws })).toEqual(byTimeThenId(events));
      const again = await store().append([bareEvent(ws, 'r2'), bareEvent(ws, 'r3'), richEvent(ws, 'r1')]);
      expect(again).toEqual({ inserted: 1, duplicates: 2, duplicateIds: ['r2', 'r1'] });
      await expect(store().count('round-trip')).resolves.toBeGreaterThan(0);
    });

    it('refuses to append once closed, and stores nothing', async () => {
      const ws = 'closed';
      await store().close();
      await expect(store().append([bareEvent(ws, 'late')])).rejects.toThrow();
      if (canReopen()) {
        await reopen();
        await expect(store().count(ws)).resolves.toBe(0);
      }
    });
  });
}
