import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPeople, type StoredEvent } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore } from './analytics-test-store.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

const at = new Date('2026-11-10T10:00:00Z');

/** The person of every event and the traits of every person, as the store's views say. */
async function resolved(ws: string): Promise<{ persons: Record<string, string>; traits: Record<string, unknown> }> {
  const rows = await db.store.query('SELECT message_id, person_id FROM events_resolved WHERE workspace_id = $ws ORDER BY message_id', { ws });
  const people = await db.store.persons(ws);
  return {
    persons: Object.fromEntries(rows.map((r) => [String(r.message_id), String(r.person_id)])),
    traits: Object.fromEntries(people.map((p) => [p.personId, p.traits])),
  };
}

describe('identity views break ties like the reference (migration 003)', () => {
  // Why both insertion orders: arg_min(user_id, ts) of migration 002 returned whichever row it met
  // first among links at the same instant, so one of the two orders gave the larger user id.
  for (const order of ['smaller first', 'larger first'] as const) {
    it(`a device linked to two users at the same instant belongs to the smaller user id (${order})`, async () => {
      const ws = db.nextWorkspace();
      const links = [
        bareEvent(ws, 'm-link-u1', { type: 'identify', anonymousId: 'd1', userId: 'u1', traits: { plan: 'a' }, timestamp: at }),
        bareEvent(ws, 'm-link-u2', { type: 'identify', anonymousId: 'd1', userId: 'u2', traits: { plan: 'b' }, timestamp: at }),
      ];
      const events: StoredEvent[] = [
        ...(order === 'smaller first' ? links : [...links].reverse()),
        bareEvent(ws, 'm-visit', { type: 'page', anonymousId: 'd1', timestamp: new Date(at.getTime() + 1000) }),
      ];
      for (const event of events) await db.store.append([event]);
      const reference = indexPeople(events);
      const { persons } = await resolved(ws);
      expect(persons).toEqual(Object.fromEntries(events.map((e) => [e.messageId, reference.personOf(e)])));
      expect(persons['m-visit']).toBe('u1');
    });
  }

  it('a person identified twice at the same instant keeps the traits of the greater message id', async () => {
    const ws = db.nextWorkspace();
    const events = [
      bareEvent(ws, 'm-b', { type: 'identify', userId: 'u1', traits: { plan: 'b' }, timestamp: at }),
      bareEvent(ws, 'm-a', { type: 'identify', userId: 'u1', traits: { plan: 'a' }, timestamp: at }),
    ];
    for (const event of events) await db.store.append([event]);
    const { traits } = await resolved(ws);
    expect(traits).toEqual({ u1: indexPeople(events).traitsOf('u1') });
    expect(traits.u1).toEqual({ plan: 'b' });
  });
});
