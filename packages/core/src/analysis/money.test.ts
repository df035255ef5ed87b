import { describe, expect, it } from 'vitest';
import { add, divideToText, exact, multiply, toText, ZERO } from './money';

describe('money', () => {
  it('adds without float error', () => {
    expect(toText(add(exact('0.10'), exact('0.20')))).toBe('0.30'); // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(toText([exact('1234.50'), exact('-80.00'), exact('0.0001')].reduce(add, ZERO))).toBe('1154.5001');
  });

  it('rounds to 4 digits half away from zero', () => {
    expect(divideToText(exact('1000.00'), 3)).toBe('333.3333');
    expect(divideToText(exact('0.0001'), 2)).toBe('0.0001'); // 0.00005 rounds up
    expect(divideToText(exact('-0.0001'), 2)).toBe('-0.0001'); // and away from zero below it
    expect(divideToText(exact('0.0001'), 3)).toBe('0.00'); // 0.0000333...
    expect(toText(multiply(exact('10.00'), exact('7.12345')))).toBe('71.2345'); // 71.2345 exactly
    expect(toText(multiply(exact('0.05'), exact('7.12345')))).toBe('0.3562'); // 0.3561725 -> 0.3562
  });

  it('refuses what is not a plain decimal', () => {
    expect(() => exact('1,000.00')).toThrow(/exact decimal/);
    expect(() => exact('1e3')).toThrow(/exact decimal/);
  });
});
