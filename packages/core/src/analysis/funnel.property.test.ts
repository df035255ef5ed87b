import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import type { Duration, FunnelOrder, FunnelSpec } from './funnel-spec';
import { runFunnel } from './funnel';

const NOV = { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' };
const BASE = Date.parse('2026-11-10T10:00:00Z');

// Small worlds on purpose: few people, few names, timestamps on a coarse minute grid, so that
// repeated steps, simultaneous events and window edges happen often.
const sketch: fc.Arbitrary<EventSketch> = fc.record({
  who: fc.constantFrom('u1', 'u2', 'u3', 'a1', 'a2'),
  name: fc.constantFrom('A', 'B', 'C', 'X'),
  minute: fc.integer({ min: 0, max: 12 }),
}).map(({ who, name, minute }) => ({
  event: name,
  ...(who.startsWith('a') ? { anonymousId: who } : { userId: who }),
  ts: new Date(BASE + minute * 5 * 60_000).toISOString(),
}));
// Sometimes a device gets linked to a user, merging two people mid-funnel.
const link: fc.Arbitrary<EventSketch[]> = fc.subarray([
  { type: 'identify', anonymousId: 'a1', userId: 'u1', ts: '2026-11-10T10:30:00Z' },
  { type: 'identify', anonymousId: 'a2', userId: 'u2', ts: '2026-11-10T10:45:00Z' },
] as EventSketch[]);
const world = fc.tuple(fc.array(sketch, { maxLength: 25 }), link).map(([events, links]) => [...events, ...links]);
const stepLists = fc.constantFrom(['A', 'B', 'C'], ['A', 'B', 'A'], ['A', 'A'], ['B', 'C', 'A', 'B']);
const windows = fc.integer({ min: 1, max: 70 });

function counts(events: EventSketch[], names: readonly string[], order: FunnelOrder, window: Duration): number[] {
  const spec: FunnelSpec = { period: NOV, steps: names.map((event) => ({ target: { kind: 'event', event } })), order, window };
  return runFunnel(sketchDataset(events), spec).steps.map((s) => s.people);
}

describe('funnel properties', () => {
  it('ordered counts never increase from step to step', () => {
    fc.assert(
      fc.property(world, stepLists, windows, (events, names, minutes) => {
        for (const order of ['ordered', 'strict', 'any'] as const) {
          const c = counts(events, names, order, { value: minutes, unit: 'minute' });
          c.slice(1).forEach((n, i) => expect(n).toBeLessThanOrEqual(c[i] ?? 0));
        }
      }),
    );
  });

  it('strict converts at most as many as ordered, and ordered at most as many as any order', () => {
    fc.assert(
      fc.property(world, stepLists, windows, (events, names, minutes) => {
        const window: Duration = { value: minutes, unit: 'minute' };
        const strict = counts(events, names, 'strict', window);
        const ordered = counts(events, names, 'ordered', window);
        const any = counts(events, names, 'any', window);
        strict.forEach((n, k) => expect(n).toBeLessThanOrEqual(ordered[k] ?? 0));
        ordered.slice(1).forEach((n, k) => expect(n).toBeLessThanOrEqual(any[k + 1] ?? 0));
      }),
    );
  });

  it('a larger window never lowers conversion', () => {
    fc.assert(
      fc.property(world, stepLists, windows, windows, fc.constantFrom<FunnelOrder>('ordered', 'strict', 'any'), (events, names, a, b, order) => {
        const small = counts(events, names, order, { value: Math.min(a, b), unit: 'minute' });
        const large = counts(events, names, order, { value: Math.max(a, b), unit: 'minute' });
        small.forEach((n, k) => expect(n).toBeLessThanOrEqual(large[k] ?? 0));
      }),
    );
  });
});
