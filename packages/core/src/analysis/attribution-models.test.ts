import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstTouch, lastNonDirect, lastTouch, linear, positionBased, timeDecay, type Touch } from './attribution-models';

const DAY = 86_400_000;
const touch = (channel: string, ts = 0): Touch => ({ ts, channel, campaign: '(none)' });

describe('attribution models', () => {
  it('gives a single touch all the credit in every model', () => {
    const one = [touch('Email', 3 * DAY)];
    for (const credits of [firstTouch(one), lastTouch(one), lastNonDirect(one), linear(one), timeDecay(one, 10 * DAY, 7 * DAY), positionBased(one)]) {
      expect(credits).toEqual([1]);
    }
  });

  it('splits position-based 50/50 for two touches and 40/20/40 for more', () => {
    expect(positionBased([touch('A'), touch('B')])).toEqual([0.5, 0.5]);
    // four touches: 0.4, 0.2 / 2 = 0.1, 0.1, 0.4
    expect(positionBased([touch('A'), touch('B'), touch('C'), touch('D')])).toEqual([0.4, 0.1, 0.1, 0.4]);
  });

  it('halves a touch weight per half-life before the conversion', () => {
    // 14, 7 and 0 days before: weights 1/4, 1/2, 1; sum 7/4: credits 1/7, 2/7, 4/7
    const credits = timeDecay([{ ts: 0 }, { ts: 7 * DAY }, { ts: 14 * DAY }], 14 * DAY, 7 * DAY);
    [1 / 7, 2 / 7, 4 / 7].forEach((expected, i) => expect(credits[i]).toBeCloseTo(expected, 12));
  });

  it('passes over Direct for last non-direct, unless everything was Direct', () => {
    expect(lastNonDirect([touch('Email'), touch('Organic Search'), touch('Direct')])).toEqual([0, 1, 0]);
    expect(lastNonDirect([touch('Direct'), touch('Direct')])).toEqual([0, 1]);
  });
});

describe('attribution model properties', () => {
  it('credits of one conversion sum to 1 in every rule-based model', () => {
    const touches = fc.array(
      fc.record({ ts: fc.integer({ min: 0, max: 60 * DAY }), channel: fc.constantFrom('Direct', 'Email', 'Paid Search'), campaign: fc.constant('(none)') }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(touches, fc.double({ min: 0.01, max: 60, noNaN: true }), (list, halfLifeDays) => {
        const sorted = [...list].sort((a, b) => a.ts - b.ts);
        const conversionTs = 60 * DAY;
        for (const credits of [firstTouch(sorted), lastTouch(sorted), lastNonDirect(sorted), linear(sorted), timeDecay(sorted, conversionTs, halfLifeDays * DAY), positionBased(sorted)]) {
          expect(Math.abs(credits.reduce((s, c) => s + c, 0) - 1)).toBeLessThan(1e-9);
          expect(credits.every((c) => c >= 0)).toBe(true);
        }
      }),
    );
  });
});
