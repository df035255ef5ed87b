import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFunnel, type Dataset, type FunnelSpec, type StoredEvent } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore, PROPERTY_RUNS, expectClose } from './analytics-test-store.fixtures';
import { queryFunnel } from './funnel-query';
import { breakdown, filters, matcher } from './spec-arbitraries.fixtures';
import { TRACK_NAMES, worldArbitrary, worldDataset } from './random-world.fixtures';

let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

async function both(dataset: Dataset, spec: FunnelSpec): Promise<{ actual: unknown; expected: unknown }> {
  await db.load(dataset);
  return { actual: await queryFunnel(db.store, dataset.workspaceId, spec), expected: runFunnel(dataset, spec) };
}

const specPart = fc.record({
  steps: fc.array(matcher, { minLength: 2, maxLength: 4 }),
  order: fc.constantFrom('ordered' as const, 'strict' as const, 'any' as const),
  window: fc.record({ value: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom('minute' as const, 'hour' as const) }),
  exclusions: fc.oneof(fc.constant(undefined), fc.array(matcher, { minLength: 1, maxLength: 1 })),
  filters,
  breakdown,
});

describe('queryFunnel (DuckDB) equals runFunnel (reference)', () => {
  it('on random worlds: merges, simultaneous events, period edges, DST zones, every order', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ dense: true, maxEvents: 40 }), specPart, async (world, part) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const spec: FunnelSpec = { period: world.period, ...part };
        const { actual, expected } = await both(dataset, spec);
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on random worlds with plain track steps (the attempt search under simultaneous and repeated steps)', async () => {
    const names = fc.constantFrom(...TRACK_NAMES.slice(0, 3)).map((event) => ({ target: { kind: 'event' as const, event } }));
    const plain = fc.record({
      steps: fc.array(names, { minLength: 2, maxLength: 4 }),
      order: fc.constantFrom('ordered' as const, 'strict' as const, 'any' as const),
      window: fc.record({ value: fc.integer({ min: 1, max: 120 }), unit: fc.constant('minute' as const) }),
      exclusions: fc.oneof(fc.constant(undefined), fc.array(names, { minLength: 1, maxLength: 1 })),
    });
    await fc.assert(
      fc.asyncProperty(worldArbitrary({ dense: true, maxEvents: 40 }), plain, async (world, part) => {
        const dataset = worldDataset(world, db.nextWorkspace());
        const { actual, expected } = await both(dataset, { period: world.period, ...part });
        expectClose(actual, expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('on a hand-computed funnel: an anonymous step 1 joins the identified step 2, an exclusion removes a person', async () => {
    const ws = db.nextWorkspace();
    const at = (minute: number): Date => new Date(Date.UTC(2026, 10, 10, 10, minute));
    const events: StoredEvent[] = [
      bareEvent(ws, 'f1', { type: 'page', event: 'Pricing', anonymousId: 'd1', timestamp: at(0) }),
      bareEvent(ws, 'f2', { type: 'identify', anonymousId: 'd1', userId: 'alice', timestamp: at(5) }),
      bareEvent(ws, 'f3', { event: 'Signed Up', userId: 'alice', timestamp: at(10) }),
      bareEvent(ws, 'f4', { type: 'page', event: 'Pricing', userId: 'bob', timestamp: at(0) }),
      bareEvent(ws, 'f5', { event: 'Unsubscribed', userId: 'bob', timestamp: at(2) }),
      bareEvent(ws, 'f6', { event: 'Signed Up', userId: 'bob', timestamp: at(4) }),
      bareEvent(ws, 'f7', { type: 'page', event: 'Pricing', userId: 'carol', timestamp: at(1) }),
    ];
    const spec: FunnelSpec = {
      period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' },
      steps: [{ target: { kind: 'page', name: 'Pricing' } }, { target: { kind: 'event', event: 'Signed Up' } }],
      exclusions: [{ target: { kind: 'event', event: 'Unsubscribed' } }],
    };
    const { actual, expected } = await both({ workspaceId: ws, timeZone: 'Asia/Shanghai', events, costs: [], channelStats: [] }, spec);
    expect(actual).toEqual(expected);
    expect(actual).toMatchObject({
      excludedPeople: 1,
      steps: [
        { people: 2, conversionFromPrevious: null },
        { people: 1, conversionFromPrevious: 0.5, medianTimeToConvertMs: 600_000 },
      ],
    });
  });
});
