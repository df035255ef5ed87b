import type { StoredEvent } from '../events/model';

/**
 * Identity resolution, in plain code: the reference the event store's `events_resolved` view
 * (packages/server/src/events/duckdb/identity-schema.ts) must agree with.
 *
 * - A link (alias id -> user id) is stated by every event carrying both an anonymousId and a
 *   userId, and by every `alias` call (previousId -> userId, when they differ).
 * - Each alias id belongs to the user id of its earliest link (smallest timestamp; equal
 *   timestamps: the smallest user id, so the answer never depends on storage order).
 * - The person of an event: the person its user id was aliased to, else its user id, else the
 *   person its anonymous id is linked to, else its anonymous id. One level of aliasing.
 */
export interface PersonResolver {
  personOf(event: Pick<StoredEvent, 'userId' | 'anonymousId'>): string;
}

export function resolveIdentities(events: Iterable<StoredEvent>): PersonResolver {
  const earliest = new Map<string, { userId: string; ts: number }>();
  const link = (aliasId: string, userId: string, ts: number): void => {
    const current = earliest.get(aliasId);
    if (current === undefined || ts < current.ts || (ts === current.ts && userId < current.userId)) {
      earliest.set(aliasId, { userId, ts });
    }
  };
  for (const event of events) {
    const ts = event.timestamp.getTime();
    if (event.anonymousId !== null && event.userId !== null) link(event.anonymousId, event.userId, ts);
    if (event.type === 'alias' && event.previousId !== null && event.userId !== null && event.previousId !== event.userId) {
      link(event.previousId, event.userId, ts);
    }
  }
  return {
    personOf(event) {
      if (event.userId !== null) return earliest.get(event.userId)?.userId ?? event.userId;
      if (event.anonymousId !== null) return earliest.get(event.anonymousId)?.userId ?? event.anonymousId;
      throw new RangeError('an event without userId and anonymousId has no person');
    },
  };
}
