import { describe, expect, it } from 'vitest';
import { AnalysisError } from './analysis-error';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import type { FunnelSpec, FunnelStep } from './funnel-spec';
import { runFunnel } from './funnel';

const NOV = { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' };
const step = (event: string): FunnelStep => ({ target: { kind: 'event', event } });
const pricing: FunnelStep = { target: { kind: 'page', name: 'Pricing' } };
const t = (event: string, userId: string, ts: string, extra: Partial<EventSketch> = {}): EventSketch => ({ event, userId, ts: `2026-11-10T${ts}Z`, ...extra });
const page = (name: string, userId: string, ts: string): EventSketch => ({ type: 'page', event: name, userId, ts: `2026-11-10T${ts}Z` });
const people = (spec: FunnelSpec, events: EventSketch[]): number[] => runFunnel(sketchDataset(events), spec).steps.map((s) => s.people);

const shop = [
  // u1: Pricing 10:00, Signed Up 10:05, Order 11:00: all three, in order
  page('Pricing', 'u1', '10:00:00'),
  t('Signed Up', 'u1', '10:05:00'),
  t('Order Completed', 'u1', '11:00:00'),
  // u2: Pricing 10:00, Order 10:10, Signed Up 10:20: the order came before the signup
  page('Pricing', 'u2', '10:00:00'),
  t('Order Completed', 'u2', '10:10:00'),
  t('Signed Up', 'u2', '10:20:00'),
  // u3: Pricing only; u4: Signed Up only
  page('Pricing', 'u3', '10:00:00'),
  t('Signed Up', 'u4', '10:00:00'),
];
const shopSteps = [pricing, step('Signed Up'), step('Order Completed')];

describe('runFunnel', () => {
  it('counts an ordered funnel with conversion rates and median times', () => {
    const result = runFunnel(sketchDataset(shop), { period: NOV, steps: shopSteps });
    expect(result.steps.map((s) => s.people)).toEqual([3, 2, 1]); // u1 u2 u3 | u1 u2 | u1
    expect(result.steps.map((s) => s.conversionFromPrevious)).toEqual([null, 2 / 3, 1 / 2]);
    expect(result.steps.map((s) => s.conversionFromFirst)).toEqual([1, 2 / 3, 1 / 3]);
    // step 2: u1 5 min (300 000 ms), u2 20 min (1 200 000 ms): median (300 000 + 1 200 000) / 2
    // step 3: u1 55 min = 3 300 000 ms
    expect(result.steps.map((s) => s.medianTimeToConvertMs)).toEqual([null, 750_000, 3_300_000]);
    expect(result.steps.map((s) => s.label)).toEqual(['page: Pricing', 'Signed Up', 'Order Completed']);
    expect(result.excludedPeople).toBe(0);
  });

  it('converts fewer in strict order and more in any order', () => {
    // strict: u2's Order Completed sits between Pricing and Signed Up, so u2 stops at step 1
    expect(people({ period: NOV, steps: shopSteps, order: 'strict' }, shop)).toEqual([3, 1, 1]);
    // any order: u4 (Signed Up alone) has done 1 step; u2 did all three in another order
    expect(people({ period: NOV, steps: shopSteps, order: 'any' }, shop)).toEqual([4, 2, 2]);
  });

  it('treats the window as a hard, inclusive limit from step 1 to the last step', () => {
    const events = [
      t('A', 'edge', '10:00:00'),
      t('B', 'edge', '11:00:00'), // exactly 1 h later: inside
      t('A', 'late', '10:00:00'),
      t('B', 'late', '11:00:00.001'), // 1 ms too late
      t('A', 'three', '10:00:00'),
      t('B', 'three', '10:30:00'),
      t('C', 'three', '11:00:00.001'), // the window runs from step 1, not from step 2
    ];
    const spec: FunnelSpec = { period: NOV, steps: [step('A'), step('B'), step('C')], window: { value: 1, unit: 'hour' } };
    expect(people(spec, events)).toEqual([3, 2, 0]); // edge late three | edge three | nobody
  });

  it('measures the window in elapsed time across a daylight-saving change', () => {
    // 12:00 on 28 March (UTC+1) to 12:30 on 29 March (UTC+2) in Madrid: 23.5 h elapsed, inside 1 day
    const events = [
      { event: 'A', userId: 'u', ts: '2026-03-28T11:00:00Z' },
      { event: 'B', userId: 'u', ts: '2026-03-29T10:30:00Z' },
    ];
    const period = { from: '2026-03-28', to: '2026-03-29', timeZone: 'Europe/Madrid' };
    const result = runFunnel(sketchDataset(events, { timeZone: 'Europe/Madrid' }), { period, steps: [step('A'), step('B')], window: { value: 1, unit: 'day' } });
    expect(result.steps.map((s) => s.people)).toEqual([1, 1]);
    expect(result.steps[1]?.medianTimeToConvertMs).toBe(23.5 * 3_600_000);
  });

  it('lets simultaneous events fill steps in either order, but one event fills one step', () => {
    const events = [
      // the Signed Up was stored first (smaller messageId) at the same millisecond as the page
      { ...t('Signed Up', 'same', '10:00:00'), messageId: 'a' },
      { ...page('Pricing', 'same', '10:00:00'), messageId: 'b' },
      // one A cannot be both steps of A -> A; two simultaneous A can
      t('A', 'once', '10:00:00'),
      t('A', 'twice', '10:00:00'),
      t('A', 'twice', '10:00:00'),
    ];
    expect(people({ period: NOV, steps: [pricing, step('Signed Up')] }, events)).toEqual([1, 1]);
    expect(people({ period: NOV, steps: [pricing, step('Signed Up')], order: 'strict' }, events)).toEqual([1, 1]);
    expect(people({ period: NOV, steps: [step('A'), step('A')] }, events)).toEqual([2, 1]); // once, twice | twice
  });

  it('places simultaneous events so that a strict funnel is as far as it can be', () => {
    const steps = [step('A'), step('B'), step('C')];
    const events = [
      // s1: {A, B} at 10:00, {B} at 10:01, {C} at 10:02: A(10:00) B(10:01) C(10:02) is strict,
      // with the other B placed before A
      t('A', 's1', '10:00:00'),
      t('B', 's1', '10:00:00'),
      t('B', 's1', '10:01:00'),
      t('C', 's1', '10:02:00'),
      // s2: A, {B, Y}, C: Y goes before B (between A and B) or after it (between B and C); the
      // second ordering gets further: stops at B
      t('A', 's2', '10:00:00'),
      t('B', 's2', '10:01:00'),
      t('Y', 's2', '10:01:00'),
      t('C', 's2', '10:02:00'),
      // s3: A, X, B: X is between
      t('A', 's3', '10:00:00'),
      t('X', 's3', '10:01:00'),
      t('B', 's3', '10:02:00'),
    ];
    expect(people({ period: NOV, steps, order: 'strict' }, events)).toEqual([3, 2, 1]); // s1 s2 s3 | s1 s2 | s1
    expect(people({ period: NOV, steps }, events)).toEqual([3, 3, 2]);
  });

  it('counts an anonymous step 1 and an identified step 2 as one person', () => {
    const events: EventSketch[] = [
      { type: 'page', event: 'Pricing', anonymousId: 'anon-1', ts: '2026-11-10T10:00:00Z' },
      { type: 'identify', anonymousId: 'anon-1', userId: 'u1', ts: '2026-11-10T10:01:00Z' },
      { event: 'Signed Up', userId: 'u1', ts: '2026-11-10T10:02:00Z' },
    ];
    const result = runFunnel(sketchDataset(events), { period: NOV, steps: [pricing, step('Signed Up')] });
    expect(result.steps.map((s) => s.people)).toEqual([1, 1]);
    expect(result.steps[1]?.medianTimeToConvertMs).toBe(120_000);
  });

  it('takes the attempt that gets furthest, the earliest of equals, and breaks down by its step 1', () => {
    const variant = (v: string) => ({ properties: { variant: v } });
    const events = [
      // far: the 01:00 attempt misses the 1 h window, the 02:00 attempt converts: group y, 30 min
      t('A', 'far', '01:00:00', variant('x')),
      t('A', 'far', '02:00:00', variant('y')),
      t('B', 'far', '02:30:00'),
      // early: both attempts convert; the earliest (variant x, 20 min to B) is taken
      t('A', 'early', '01:00:00', variant('x')),
      t('A', 'early', '01:10:00', variant('y')),
      t('B', 'early', '01:20:00'),
      // none: step 1 without the property
      t('A', 'none', '01:00:00'),
    ];
    const result = runFunnel(sketchDataset(events), {
      period: NOV,
      steps: [step('A'), step('B')],
      window: { value: 1, unit: 'hour' },
      breakdown: { kind: 'property', key: 'variant' },
    });
    expect(result.steps.map((s) => s.people)).toEqual([3, 2]);
    expect(result.steps[1]?.medianTimeToConvertMs).toBe(1_500_000); // (30 min + 20 min) / 2 = 25 min
    expect(result.breakdown?.map((b) => [b.value, b.steps.map((s) => s.people), b.steps[1]?.medianTimeToConvertMs])).toEqual([
      ['(none)', [1, 0], null],
      ['x', [1, 1], 1_200_000],
      ['y', [1, 1], 1_800_000],
    ]);
  });

  it('removes a person with an exclusion event between step 1 and the last step reached', () => {
    const events = [
      ...['A', 'X', 'B', 'C'].map((e, i) => t(e, 'between', `10:0${i}:00`)), // excluded
      ...['A', 'B', 'C', 'X'].map((e, i) => t(e, 'after', `10:0${i}:00`)), // X after C: kept
      ...['A', 'B', 'X'].map((e, i) => t(e, 'stopped', `10:0${i}:00`)), // reached B; X after it: kept
      t('X', 'same', '10:00:00'), // X at the very instant of step 1: not between
      t('A', 'same', '10:00:00'),
      t('B', 'same', '10:01:00'),
    ];
    const result = runFunnel(sketchDataset(events), { period: NOV, steps: [step('A'), step('B'), step('C')], exclusions: [step('X')] });
    expect(result.steps.map((s) => s.people)).toEqual([3, 3, 1]); // after stopped same | same | after
    expect(result.excludedPeople).toBe(1);
  });

  it('looks only at the period in the workspace zone', () => {
    const events = [
      { event: 'A', userId: 'u', ts: '2026-11-30T15:00:00Z' }, // 23:00 on 30 Nov in Shanghai
      { event: 'B', userId: 'u', ts: '2026-11-30T16:30:00Z' }, // 00:30 on 1 Dec in Shanghai: outside
      { event: 'A', userId: 'v', ts: '2026-10-31T15:59:59Z' }, // 23:59:59 on 31 Oct in Shanghai: outside
      { event: 'B', userId: 'v', ts: '2026-10-31T16:00:00Z' },
    ];
    const period = { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' };
    const result = runFunnel(sketchDataset(events, { timeZone: 'Asia/Shanghai' }), { period, steps: [step('A'), step('B')] });
    expect(result.steps.map((s) => s.people)).toEqual([1, 0]);
  });

  it('applies global, step and person filters', () => {
    const events: EventSketch[] = [
      { type: 'identify', userId: 'pro', traits: { plan: 'pro' }, ts: '2026-11-01T00:00:00Z' },
      { type: 'identify', userId: 'free', traits: { plan: 'free' }, ts: '2026-11-01T00:00:00Z' },
      t('A', 'pro', '10:00:00', { channel: 'Paid Search' }),
      t('B', 'pro', '10:01:00', { channel: 'Paid Search', properties: { total: '120.50' } }),
      t('A', 'free', '10:00:00', { channel: 'Paid Search' }),
      t('B', 'free', '10:01:00', { channel: 'Paid Search', properties: { total: 80 } }),
      t('A', 'direct', '10:00:00', { channel: 'Direct' }),
    ];
    const big: FunnelStep = { target: { kind: 'event', event: 'B' }, where: [{ kind: 'property', key: 'total', test: { op: 'gte', value: 100 } }] };
    expect(people({ period: NOV, steps: [step('A'), big], filters: [{ kind: 'channel', test: { op: 'equals', value: 'paid search' } }] }, events)).toEqual([2, 1]);
    expect(people({ period: NOV, steps: [step('A'), step('B')], filters: [{ kind: 'trait', key: 'plan', test: { op: 'in', values: ['free'] } }] }, events)).toEqual([1, 1]);
  });

  it('answers an empty range with zeros and unknown rates', () => {
    const result = runFunnel(sketchDataset([]), { period: NOV, steps: [step('A'), step('B')] });
    expect(result.steps).toEqual([
      { step: 1, label: 'A', people: 0, conversionFromPrevious: null, conversionFromFirst: null, medianTimeToConvertMs: null },
      { step: 2, label: 'B', people: 0, conversionFromPrevious: null, conversionFromFirst: null, medianTimeToConvertMs: null },
    ]);
  });

  it('refuses a one-step funnel and a non-positive window', () => {
    expect(() => runFunnel(sketchDataset([]), { period: NOV, steps: [step('A')] })).toThrow(AnalysisError);
    expect(() => runFunnel(sketchDataset([]), { period: NOV, steps: [step('A'), step('B')], window: { value: 0, unit: 'day' } })).toThrow(/window/);
  });
});
