import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodInstants, runRetention, type Dataset, type RetentionSpec, type StoredEvent } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore, PROPERTY_RUNS, expectClose } from './analytics-test-store.fixtures';
import { queryRetention } from './retention-query';
import { breakdown, filters, matcher } from './spec-arbitraries.fixtures';
import { TRACK_NAMES, worldArbitrary, worldDataset } from './random-world.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

async function both(dataset: Dataset, spec: RetentionSpec): Promise<{ actual: unknown; expected: unknown }> {
  await db.load(dataset);
  return { actual: await queryRetention(db.store, dataset.workspaceId, spec), expected: runRetention(dataset, spec) };
}

const specPart = fc.record({
  interval: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
  periods: fc.integer({ min: 0, max: 4 }),
  kind: fc.constantFrom('first-time' as const, 'recurring' as const),
  mode: fc.constantFrom(undefined, 'on' as const, 'unbounded' as const),
  startEvent: matcher,
  returnEvent: matcher,
  filters,
  breakdown,
  // "Now": inside, at and after the period's end, up to months later.
  asOfDays: fc.constantFrom(-1, 0, 1, 3, 8, 40, 70),
});

describe('queryRetention (DuckDB) equals runRetention (reference)', () => {
  it('on random worlds: calendar buckets in DST zones, merges, both kinds and modes, breakdowns', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ maxEvents: 40, fewPeople: true, fewNames: true }), specPart, async (world, { asOfDays, ...part }) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const asOf = new Date(periodInstants(world.period).end.getTime() + asOfDays * 86_400_000);
        const { actual, expected } = await both(dataset, { period: world.period, ...part, asOf });
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on random worlds with plain start and return events (dense cohorts)', async () => {
    const named = fc.constantFrom(...TRACK_NAMES.slice(0, 3)).map((event) => ({ target: { kind: 'event' as const, event } }));
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ maxEvents: 40, fewPeople: true, fewNames: true }), specPart, named, named, async (world, { asOfDays, ...part }, startEvent, returnEvent) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const asOf = new Date(periodInstants(world.period).end.getTime() + asOfDays * 86_400_000);
        const { actual, expected } = await both(dataset, { period: world.period, ...part, filters: undefined, startEvent, returnEvent, asOf });
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on a hand-computed matrix: day buckets across Madrid\'s 23-hour day', async () => {
    const ws = db.nextWorkspace();
    // 28 March 23:30 Madrid (22:30 UTC) and 29 March 23:30 Madrid (21:30 UTC, after the change).
    const events: StoredEvent[] = [
      bareEvent(ws, 'r1', { event: 'Signed Up', userId: 'u1', timestamp: new Date('2026-03-28T22:30:00Z') }),
      bareEvent(ws, 'r2', { event: 'Post Created', userId: 'u1', timestamp: new Date('2026-03-29T21:30:00Z') }),
      bareEvent(ws, 'r3', { event: 'Signed Up', userId: 'u2', timestamp: new Date('2026-03-29T22:30:00Z') }),
    ];
    const spec: RetentionSpec = {
      period: { from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/Madrid' },
      interval: 'day',
      periods: 1,
      kind: 'first-time',
      startEvent: { target: { kind: 'event', event: 'Signed Up' } },
      returnEvent: { target: { kind: 'event', event: 'Post Created' } },
      asOf: new Date('2026-04-01T00:00:00Z'),
    };
    const { actual, expected } = await both({ workspaceId: ws, timeZone: 'Europe/Madrid', events, costs: [], channelStats: [] }, spec);
    expect(actual).toEqual(expected);
    const cohorts = (actual as { cohorts: { bucket: string; size: number; cells: { retained: number }[] }[] }).cohorts;
    expect(cohorts.map((c) => [c.bucket, c.size, c.cells.map((x) => x.retained)])).toEqual([
      ['2026-03-28', 1, [0, 1]],
      ['2026-03-29', 0, [0, 0]],
      ['2026-03-30', 1, [0, 0]],
    ]);
  });
});
