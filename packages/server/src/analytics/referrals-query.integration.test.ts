import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReferrals, type Dataset, type ReferralResult, type ReferralSpec, type StoredEvent } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore, PROPERTY_RUNS, expectClose } from './analytics-test-store.fixtures';
import { queryReferrals } from './referrals-query';
import { worldArbitrary, worldDataset, type EventDraft } from './random-world.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

async function both(dataset: Dataset, spec: ReferralSpec): Promise<{ actual: ReferralResult; expected: ReferralResult }> {
  await db.load(dataset);
  return { actual: await queryReferrals(db.store, dataset.workspaceId, spec), expected: runReferrals(dataset, spec) };
}

/**
 * Referral worlds: the random world's events, with signups and invitations carrying referrer ids
 * (user ids, device ids, blanks, numbers) and shared codes often, so edges, cycles and trees form.
 */
const referralWorld = fc
  .tuple(
    worldArbitrary({ maxEvents: 40, fewPeople: true }),
    fc.infiniteStream(
      fc.record({
        name: fc.constantFrom('Signed Up', 'Signed Up', 'Referral Sent', null),
        referrer: fc.constantFrom<unknown>(undefined, undefined, 'u1', 'u2', 'u3', 'a1', ' ', 7),
        code: fc.constantFrom<unknown>(undefined, 'c1', 'c2', 'C1', 12),
      }),
    ),
  )
  .map(([world, extras]) => {
    const stream = extras[Symbol.iterator]();
    const events = world.events.map((event): EventDraft => {
      const extra = stream.next().value as { name: string | null; referrer: unknown; code: unknown };
      if (event.type !== 'track' || extra.name === null) return event;
      const properties: Record<string, unknown> = {};
      if (extra.referrer !== undefined && extra.name === 'Signed Up') properties.referrer_id = extra.referrer;
      if (extra.code !== undefined) properties.referral_code = extra.code;
      return { ...event, event: extra.name, properties };
    });
    return { ...world, events };
  });

describe('queryReferrals (DuckDB) equals runReferrals (reference)', () => {
  it('on random worlds: referrer ids and codes, cycles, merged people, first-seen cohorts in DST zones', async () => {
    await fc.assert(
      fc.asyncProperty(referralWorld, fc.constantFrom('day' as const, 'week' as const, 'month' as const), async (world, interval) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const { actual, expected } = await both(dataset, { period: world.period, interval });
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on a hand-computed case: a code, a referrer id and a refused cycle', async () => {
    const ws = db.nextWorkspace();
    const at = (hour: number): Date => new Date(Date.UTC(2026, 10, 10, hour));
    const events: StoredEvent[] = [
      bareEvent(ws, 'q1', { event: 'Signed Up', userId: 'ann', timestamp: at(1) }),
      bareEvent(ws, 'q2', { event: 'Referral Sent', userId: 'ann', properties: { referral_code: 'ANN1' }, timestamp: at(2) }),
      bareEvent(ws, 'q3', { event: 'Signed Up', userId: 'ben', properties: { referral_code: 'ANN1' }, timestamp: at(3) }),
      bareEvent(ws, 'q4', { event: 'Signed Up', userId: 'cat', properties: { referrer_id: 'ben' }, timestamp: at(5) }),
      // ann cannot be referred by cat: cat descends from ann.
      bareEvent(ws, 'q5', { event: 'Signed Up', userId: 'ann', properties: { referrer_id: 'cat' }, timestamp: at(6) }),
    ];
    const spec: ReferralSpec = { period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' }, interval: 'month' };
    const { actual, expected } = await both({ workspaceId: ws, timeZone: 'Asia/Shanghai', events, costs: [], channelStats: [] }, spec);
    expect(actual).toEqual(expected);
    expect(actual.edges.map((e) => [e.referrer, e.referred, e.via])).toEqual([
      ['ann', 'ben', 'referral_code'],
      ['ben', 'cat', 'referrer_id'],
    ]);
    expect(actual.trees).toEqual([{ root: 'ann', size: 3, depth: 2 }]);
    expect(actual.cohorts[0]).toMatchObject({ size: 3, invitations: 1, referredSignups: 2, kFactor: 2 / 3, medianCycleTimeMs: 2 * 3_600_000 });
  });
});
