import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import type { FunnelOrder } from './funnel-spec';
import { runFunnel } from './funnel';

/**
 * The funnel checked against a brute force that reads the spec literally: simultaneous events may
 * be placed in any order, so a person reaches step k if *some* placement of ties gives a sequence
 * where steps 1..k are filled in order (strict: at consecutive positions; any: in any order) within
 * the window. The brute force tries every placement; the reference must agree on every count.
 */
const BASE = Date.parse('2026-11-10T10:00:00Z');
interface Item {
  readonly name: string;
  readonly ts: number;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Every ordering of the events that keeps timestamps non-decreasing. */
function placements(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.ts - b.ts);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.ts === item.ts) last.push(item);
    else groups.push([item]);
  }
  return groups.reduce<Item[][]>((acc, group) => acc.flatMap((prefix) => permutations(group).map((p) => [...prefix, ...p])), [[]]);
}

function depthIn(sequence: readonly Item[], steps: readonly string[], order: FunnelOrder, windowMs: number): number {
  let best = 0;
  sequence.forEach((start, i) => {
    if (order === 'any') {
      const inWindow = sequence.filter((e, j) => j !== i && e.ts >= start.ts && e.ts - start.ts <= windowMs);
      best = Math.max(best, anyOrderDepth(start, inWindow, steps));
      return;
    }
    if (start.name !== steps[0]) return;
    let depth = 1;
    for (let j = i + 1; j < sequence.length && depth < steps.length; j += 1) {
      const e = sequence[j] as Item;
      if (e.ts - start.ts > windowMs) break;
      if (e.name === steps[depth]) depth += 1;
      else if (order === 'strict') break;
    }
    best = Math.max(best, depth);
  });
  return best;
}

/** Most distinct steps fillable by distinct events, the start event filling one of them. */
function anyOrderDepth(start: Item, others: readonly Item[], steps: readonly string[]): number {
  let best = 0;
  const fill = (remaining: readonly number[], pool: readonly Item[], count: number): void => {
    best = Math.max(best, count);
    for (const step of remaining) {
      pool.forEach((e, i) => {
        if (e.name === steps[step]) fill(remaining.filter((s) => s !== step), [...pool.slice(0, i), ...pool.slice(i + 1)], count + 1);
      });
    }
  };
  steps.forEach((name, step) => {
    if (name === start.name) fill(steps.map((_, s) => s).filter((s) => s !== step), others, 1);
  });
  return best;
}

const person = fc.array(fc.record({ name: fc.constantFrom('A', 'B', 'C', 'X'), slot: fc.integer({ min: 0, max: 5 }) }), { maxLength: 7 });

describe('funnel against a brute force', () => {
  it('agrees on every step count, for every order', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(['A', 'B', 'C'], ['A', 'B', 'A'], ['A', 'A', 'B'], ['B', 'A']),
        fc.constantFrom<FunnelOrder>('ordered', 'strict', 'any'),
        fc.integer({ min: 1, max: 6 }),
        (persons, steps, order, windowSlots) => {
          const windowMs = windowSlots * 60_000;
          const events: EventSketch[] = persons.flatMap((items, p) => items.map((e) => ({ event: e.name, userId: `p${p}`, ts: new Date(BASE + e.slot * 60_000).toISOString() })));
          const expected = steps.map((_, k) =>
            persons.filter((items) => {
              const its = items.map((e) => ({ name: e.name, ts: e.slot * 60_000 }));
              return Math.max(0, ...placements(its).map((seq) => depthIn(seq, steps, order, windowMs))) > k;
            }).length,
          );
          const spec = { period: { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' }, steps: steps.map((event) => ({ target: { kind: 'event' as const, event } })), order, window: { value: windowSlots, unit: 'minute' as const } };
          expect(runFunnel(sketchDataset(events), spec).steps.map((s) => s.people)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
