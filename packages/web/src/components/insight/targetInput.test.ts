import { describe, expect, it } from 'vitest';
import { parseTargetInput, targetInputText } from './targetInput';

describe('parseTargetInput', () => {
  it('reads ratios as percentages, with a decimal point or comma', () => {
    expect(parseTargetInput('12.5', 'ratio')).toEqual({ ok: true, value: 0.125 });
    expect(parseTargetInput('12,3', 'ratio')).toEqual({ ok: true, value: 0.123 });
    expect(parseTargetInput(' 250 ', 'ratio')).toEqual({ ok: true, value: 2.5 }); // ROAS may exceed 100%
  });

  it('reads money and counts as typed, durations in minutes', () => {
    expect(parseTargetInput('4.50', 'currency-per-person')).toEqual({ ok: true, value: 4.5 });
    expect(parseTargetInput('3000', 'count')).toEqual({ ok: true, value: 3000 });
    expect(parseTargetInput('5', 'duration')).toEqual({ ok: true, value: 300 });
  });

  it('names what is wrong', () => {
    expect(parseTargetInput('', 'count')).toEqual({ ok: false, problem: 'empty' });
    expect(parseTargetInput('12a', 'count')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseTargetInput('1.500,5', 'count')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseTargetInput('-3', 'count')).toEqual({ ok: false, problem: 'negative' });
    expect(parseTargetInput('0', 'rank')).toEqual({ ok: false, problem: 'zeroRank' });
  });

  it('lets a score be negative (NPS runs from -100 to 100)', () => expect(parseTargetInput('-10', 'score')).toEqual({ ok: true, value: -10 }));
});

describe('targetInputText', () => {
  it('is the inverse of parsing', () => {
    for (const [value, unit] of [
      [0.123, 'ratio'],
      [300, 'duration'],
      [4.5, 'currency'],
      [-10, 'score'],
    ] as const) {
      const parsed = parseTargetInput(targetInputText(value, unit), unit);
      expect(parsed).toEqual({ ok: true, value });
    }
  });
});
