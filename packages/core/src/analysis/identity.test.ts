import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/model';
import { resolveIdentities } from './identity';

function ev(partial: Partial<StoredEvent> & { ts: string }): StoredEvent {
  return { type: 'track', userId: null, anonymousId: null, previousId: null, timestamp: new Date(partial.ts), ...partial } as StoredEvent;
}

describe('resolveIdentities', () => {
  it('resolves events sent before identify to the person', () => {
    const events = [ev({ anonymousId: 'a1', ts: '2026-01-01T00:00:00Z' }), ev({ type: 'identify', anonymousId: 'a1', userId: 'u1', ts: '2026-01-02T00:00:00Z' })];
    const resolver = resolveIdentities(events);
    expect(events.map((e) => resolver.personOf(e))).toEqual(['u1', 'u1']);
    expect(resolver.personOf({ userId: null, anonymousId: 'a2' })).toBe('a2');
  });

  it('gives a shared device to its earliest user, ties to the smallest user id', () => {
    const resolver = resolveIdentities([
      ev({ anonymousId: 'd', userId: 'zed', ts: '2026-01-01T00:00:00Z' }),
      ev({ anonymousId: 'd', userId: 'amy', ts: '2026-01-01T00:00:00Z' }),
      ev({ anonymousId: 'd', userId: 'bob', ts: '2025-12-31T00:00:00Z' }),
    ]);
    expect(resolver.personOf({ userId: null, anonymousId: 'd' })).toBe('bob');
    const tie = resolveIdentities([ev({ anonymousId: 'd', userId: 'zed', ts: '2026-01-01T00:00:00Z' }), ev({ anonymousId: 'd', userId: 'amy', ts: '2026-01-01T00:00:00Z' })]);
    expect(tie.personOf({ userId: null, anonymousId: 'd' })).toBe('amy');
  });

  it('follows an alias call from the old user id to the new one, one level', () => {
    const resolver = resolveIdentities([
      ev({ type: 'alias', previousId: 'old', userId: 'new', ts: '2026-01-01T00:00:00Z' }),
      ev({ type: 'alias', previousId: 'new', userId: 'newest', ts: '2026-01-02T00:00:00Z' }),
    ]);
    expect(resolver.personOf({ userId: 'old', anonymousId: null })).toBe('new');
    expect(resolver.personOf({ userId: 'new', anonymousId: null })).toBe('newest');
  });
});
