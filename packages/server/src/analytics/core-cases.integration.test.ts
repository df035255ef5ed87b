import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFunnel, runRetention, type Dataset, type FunnelSpec, type FunnelStep, type RetentionResult, type RetentionSpec, type StoredEvent } from '@marketops/core';
import { bareEvent } from '../events/event-fixtures';
import { AnalyticsTestStore } from './analytics-test-store.fixtures';
import { queryFunnel } from './funnel-query';
import { queryRetention } from './retention-query';

/**
 * Hand-computed cases of the core's own tests (funnel.test.ts, retention.test.ts), run on DuckDB:
 * each must give the reference's answer and the numbers the core's tests state.
 */
let db: AnalyticsTestStore;
beforeAll(async () => {
  db = await AnalyticsTestStore.open();
});
afterAll(async () => {
  await db.close();
});

interface Sketch {
  readonly ts: string;
  readonly event: string;
  readonly userId?: string;
  readonly anonymousId?: string;
  readonly type?: StoredEvent['type'];
  readonly messageId?: string;
}

/** A dataset of sketches in a fresh workspace, appended to the store. */
async function load(sketches: readonly Sketch[], timeZone = 'UTC'): Promise<Dataset> {
  const ws = db.nextWorkspace();
  const events = sketches.map((s, i) =>
    bareEvent(ws, s.messageId ?? `m${String(i).padStart(4, '0')}`, {
      type: s.type ?? 'track',
      event: s.type === 'identify' ? null : s.event,
      userId: s.userId ?? null,
      anonymousId: s.anonymousId ?? null,
      timestamp: new Date(s.ts),
    }),
  );
  const dataset: Dataset = { workspaceId: ws, timeZone, events, costs: [], channelStats: [] };
  await db.load(dataset);
  return dataset;
}

const NOV = { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' };
const step = (event: string): FunnelStep => ({ target: { kind: 'event', event } });
const pricing: FunnelStep = { target: { kind: 'page', name: 'Pricing' } };
const t = (event: string, userId: string, time: string, extra: Partial<Sketch> = {}): Sketch => ({ event, userId, ts: `2026-11-10T${time}Z`, ...extra });
const page = (name: string, userId: string, time: string): Sketch => ({ type: 'page', event: name, userId, ts: `2026-11-10T${time}Z` });

async function funnelPeople(sketches: readonly Sketch[], spec: FunnelSpec, timeZone = 'UTC'): Promise<number[]> {
  const dataset = await load(sketches, timeZone);
  const actual = await queryFunnel(db.store, dataset.workspaceId, spec);
  expect(actual).toEqual(runFunnel(dataset, spec));
  return actual.steps.map((s) => s.people);
}

const shop = [
  page('Pricing', 'u1', '10:00:00'),
  t('Signed Up', 'u1', '10:05:00'),
  t('Order Completed', 'u1', '11:00:00'),
  page('Pricing', 'u2', '10:00:00'),
  t('Order Completed', 'u2', '10:10:00'),
  t('Signed Up', 'u2', '10:20:00'),
  page('Pricing', 'u3', '10:00:00'),
  t('Signed Up', 'u4', '10:00:00'),
];
const shopSteps = [pricing, step('Signed Up'), step('Order Completed')];

describe('the core funnel cases on DuckDB', () => {
  it('ordered, strict and any order', async () => {
    expect(await funnelPeople(shop, { period: NOV, steps: shopSteps })).toEqual([3, 2, 1]);
    expect(await funnelPeople(shop, { period: NOV, steps: shopSteps, order: 'strict' })).toEqual([3, 1, 1]);
    expect(await funnelPeople(shop, { period: NOV, steps: shopSteps, order: 'any' })).toEqual([4, 2, 2]);
  });

  it('the window is a hard, inclusive limit from step 1', async () => {
    const events = [
      t('A', 'edge', '10:00:00'),
      t('B', 'edge', '11:00:00'),
      t('A', 'late', '10:00:00'),
      t('B', 'late', '11:00:00.001'),
      t('A', 'three', '10:00:00'),
      t('B', 'three', '10:30:00'),
      t('C', 'three', '11:00:00.001'),
    ];
    expect(await funnelPeople(events, { period: NOV, steps: [step('A'), step('B'), step('C')], window: { value: 1, unit: 'hour' } })).toEqual([3, 2, 0]);
  });

  it('the window is elapsed time across Madrid\'s spring change', async () => {
    const events = [
      { event: 'A', userId: 'u', ts: '2026-03-28T11:00:00Z' },
      { event: 'B', userId: 'u', ts: '2026-03-29T10:30:00Z' },
    ];
    const period = { from: '2026-03-28', to: '2026-03-29', timeZone: 'Europe/Madrid' };
    expect(await funnelPeople(events, { period, steps: [step('A'), step('B')], window: { value: 1, unit: 'day' } }, 'Europe/Madrid')).toEqual([1, 1]);
  });

  it('simultaneous events fill steps in either order, one event one step', async () => {
    const events = [
      { ...t('Signed Up', 'same', '10:00:00'), messageId: 'a' },
      { ...page('Pricing', 'same', '10:00:00'), messageId: 'b' },
      t('A', 'once', '10:00:00'),
      t('A', 'twice', '10:00:00'),
      t('A', 'twice', '10:00:00'),
    ];
    expect(await funnelPeople(events, { period: NOV, steps: [pricing, step('Signed Up')] })).toEqual([1, 1]);
    expect(await funnelPeople(events, { period: NOV, steps: [pricing, step('Signed Up')], order: 'strict' })).toEqual([1, 1]);
    expect(await funnelPeople(events, { period: NOV, steps: [step('A'), step('A')] })).toEqual([2, 1]);
  });

  it('strict places simultaneous events so the funnel gets as far as it can', async () => {
    const events = [
      t('A', 's1', '10:00:00'),
      t('B', 's1', '10:00:00'),
      t('B', 's1', '10:01:00'),
      t('C', 's1', '10:02:00'),
      t('A', 's2', '10:00:00'),
      t('B', 's2', '10:01:00'),
      t('Y', 's2', '10:01:00'),
      t('C', 's2', '10:02:00'),
      t('A', 's3', '10:00:00'),
      t('X', 's3', '10:01:00'),
      t('B', 's3', '10:02:00'),
    ];
    const steps = [step('A'), step('B'), step('C')];
    expect(await funnelPeople(events, { period: NOV, steps, order: 'strict' })).toEqual([3, 2, 1]);
    expect(await funnelPeople(events, { period: NOV, steps })).toEqual([3, 3, 2]);
  });
});

const ev = (event: string, userId: string, ts: string): Sketch => ({ event, userId, ts });
const retentionEvents = [
  ev('Order Completed', 'u1', '2026-11-01T09:00:00Z'),
  ev('Signed Up', 'u1', '2026-11-01T10:00:00Z'),
  ev('Order Completed', 'u1', '2026-11-02T08:00:00Z'),
  ev('Order Completed', 'u1', '2026-11-04T08:00:00Z'),
  ev('Signed Up', 'u2', '2026-11-01T12:00:00Z'),
  ev('Order Completed', 'u2', '2026-11-01T13:00:00Z'),
  ev('Order Completed', 'u2', '2026-11-03T08:00:00Z'),
  ev('Signed Up', 'u3', '2026-11-02T08:00:00Z'),
  ev('Order Completed', 'u3', '2026-11-03T09:00:00Z'),
  ev('Signed Up', 'u4', '2026-10-31T08:00:00Z'),
  ev('Signed Up', 'u4', '2026-11-01T08:00:00Z'),
  ev('Order Completed', 'u4', '2026-11-02T09:00:00Z'),
];
const base: RetentionSpec = {
  period: { from: '2026-11-01', to: '2026-11-02', timeZone: 'UTC' },
  interval: 'day',
  periods: 3,
  kind: 'first-time',
  startEvent: { target: { kind: 'event', event: 'Signed Up' } },
  returnEvent: { target: { kind: 'event', event: 'Order Completed' } },
  asOf: new Date('2026-11-04T12:00:00Z'),
};
const matrix = (result: RetentionResult) => result.cohorts.map((c) => [c.bucket, c.size, c.cells.map((cell) => cell.retained)]);

async function retention(spec: RetentionSpec): Promise<RetentionResult> {
  const dataset = await load(retentionEvents);
  const actual = await queryRetention(db.store, dataset.workspaceId, spec);
  expect(actual).toEqual(runRetention(dataset, spec));
  return actual;
}

describe('the core retention cases on DuckDB', () => {
  it('first-time, on day N, with completeness and the overall row', async () => {
    const result = await retention(base);
    expect(matrix(result)).toEqual([
      ['2026-11-01', 2, [1, 1, 1, 1]],
      ['2026-11-02', 1, [0, 1, 0, 0]],
    ]);
    expect(result.cohorts.map((c) => c.cells.map((cell) => cell.complete))).toEqual([
      [true, true, true, false],
      [true, true, false, false],
    ]);
    expect(result.overall.map((o) => o.rate)).toEqual([1 / 3, 2 / 3, 0.5, null]);
  });

  it('unbounded and recurring', async () => {
    expect(matrix(await retention({ ...base, mode: 'unbounded' }))).toEqual([
      ['2026-11-01', 2, [2, 2, 2, 1]],
      ['2026-11-02', 1, [1, 1, 0, 0]],
    ]);
    expect(matrix(await retention({ ...base, kind: 'recurring' }))[0]).toEqual(['2026-11-01', 3, [1, 2, 1, 1]]);
  });
});
