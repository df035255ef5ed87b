import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrichmentPipeline, type SegmentMessage, type StoredEvent } from '@marketops/core';
import { openDuckDbEventStore, type DuckDbEventStore } from './duckdb/duckdb-event-store';

/**
 * Identity resolution, on a story computed by hand: one person on two devices who identified
 * on the first and used the second while logged in, plus an anonymous visitor, plus a renamed
 * user (alias). Three people, four devices-or-ids.
 */
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString();
const story: SegmentMessage[] = [
  { type: 'page', anonymousId: 'a1', messageId: 'm1', timestamp: at(0) },
  { type: 'identify', anonymousId: 'a1', userId: 'u1', traits: { plan: 'free' }, messageId: 'm2', timestamp: at(1) },
  { type: 'track', userId: 'u1', event: 'Upgraded', messageId: 'm3', timestamp: at(2) },
  { type: 'identify', userId: 'u1', traits: { plan: 'pro' }, messageId: 'm4', timestamp: at(3) },
  { type: 'page', anonymousId: 'a2', messageId: 'm5', timestamp: at(4) },
  { type: 'track', anonymousId: 'a2', userId: 'u1', event: 'Viewed', messageId: 'm6', timestamp: at(5) },
  { type: 'page', anonymousId: 'a3', messageId: 'm7', timestamp: at(6) },
  { type: 'track', userId: 'old-id', event: 'Legacy', messageId: 'm8', timestamp: at(7) },
  { type: 'alias', previousId: 'old-id', userId: 'u2', messageId: 'm9', timestamp: at(8) },
];

let dir: string;
let store: DuckDbEventStore;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'marketops-identity-'));
  store = await openDuckDbEventStore({ path: path.join(dir, 'events.duckdb') });
  const pipeline = createEnrichmentPipeline({ maxAgeMs: 100 * 365 * 86_400_000 });
  const receivedAt = new Date(Date.UTC(2026, 10, 20, 11));
  const events = story.map((m) => {
    const outcome = pipeline(m, { workspaceId: 'w', receivedAt, now: receivedAt });
    if (outcome.kind !== 'ok') throw new Error(`${m.messageId}: ${outcome.code}`);
    return outcome.event as StoredEvent;
  });
  await store.append(events);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('identity: people, not devices', () => {
  it('resolves every event to its person, including events before identify', async () => {
    const people = await store.persons('w', { limit: 10 });
    expect(people.map((p) => p.personId).sort()).toEqual(['a3', 'u1', 'u2']);
  });

  it('keeps the latest traits, first and last seen and the devices of a person', async () => {
    const [u1] = await store.persons('w', { personId: 'u1' });
    expect(u1).toMatchObject({ identified: true, eventCount: 6, traits: { plan: 'pro' }, anonymousIds: ['a1', 'a2'] });
    expect(u1!.firstSeen.toISOString()).toBe(at(0));
    expect(u1!.lastSeen.toISOString()).toBe(at(5));
  });

  it('follows an alias from the previous id to the new user id', async () => {
    const [u2] = await store.persons('w', { personId: 'u2' });
    expect(u2).toMatchObject({ eventCount: 2, identified: true, traits: {} });
    expect(await store.persons('w', { personId: 'old-id' })).toEqual([]);
  });

  it('an anonymous visitor who never identified is a person of their own', async () => {
    const [a3] = await store.persons('w', { personId: 'a3' });
    expect(a3).toMatchObject({ identified: false, eventCount: 1, anonymousIds: ['a3'] });
  });
});
