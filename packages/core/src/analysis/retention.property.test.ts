import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import { runRetention } from './retention';

const BASE = Date.parse('2026-03-20T00:00:00Z'); // the range spans Europe's spring change (29 March)
const sketch: fc.Arbitrary<EventSketch> = fc
  .record({ who: fc.constantFrom('u1', 'u2', 'u3', 'u4'), name: fc.constantFrom('S', 'R'), hours: fc.integer({ min: 0, max: 24 * 20 }) })
  .map(({ who, name, hours }) => ({ event: name, userId: who, ts: new Date(BASE + hours * 3_600_000).toISOString() }));

describe('retention properties', () => {
  it('never retains more people than the cohort holds, and unbounded never increases with N', () => {
    fc.assert(
      fc.property(
        fc.array(sketch, { maxLength: 30 }),
        fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
        fc.constantFrom('first-time', 'recurring') as fc.Arbitrary<'first-time' | 'recurring'>,
        fc.constantFrom('UTC', 'Europe/Madrid', 'Asia/Shanghai'),
        (events, interval, kind, timeZone) => {
          const spec = {
            period: { from: '2026-03-20', to: '2026-04-02', timeZone },
            interval,
            periods: 4,
            kind,
            startEvent: { target: { kind: 'event', event: 'S' } },
            returnEvent: { target: { kind: 'event', event: 'R' } },
            asOf: new Date('2026-04-10T00:00:00Z'),
          } as const;
          const on = runRetention(sketchDataset(events, { timeZone }), spec);
          const later = runRetention(sketchDataset(events, { timeZone }), { ...spec, mode: 'unbounded' });
          on.cohorts.forEach((cohort, i) => {
            const unbounded = later.cohorts[i]?.cells ?? [];
            cohort.cells.forEach((cell, k) => {
              expect(cell.retained).toBeLessThanOrEqual(cohort.size);
              expect(cell.retained).toBeLessThanOrEqual(unbounded[k]?.retained ?? 0);
              if (k > 0) expect(unbounded[k]?.retained ?? 0).toBeLessThanOrEqual(unbounded[k - 1]?.retained ?? 0);
            });
          });
        },
      ),
    );
  });
});
