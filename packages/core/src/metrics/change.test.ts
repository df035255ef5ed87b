import { describe, expect, it } from 'vitest';
import { changeBetween } from './change';
import type { MetricResult } from './compute';

const period = { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' };
const result = (value: number | null, extra: Partial<MetricResult> = {}): MetricResult => ({ metricId: 'm', period, unit: 'count', value, provisional: false, ...extra });
const money = (amount: string, currency = 'CNY') => result(Number(amount), { unit: 'currency', money: { amount, currency } });

describe('changeBetween', () => {
  it('subtracts money exactly, on the decimal amounts', () => {
    expect(1234.56 - 1234.55).not.toBe(0.01);
    expect(changeBetween(money('1234.56'), money('1234.55'))).toEqual({ change: 0.01, relativeChange: 0.01 / 1234.55 });
    expect(changeBetween(money('0.3'), money('0.1')).change).toBe(0.2);
    expect(changeBetween(money('-5.10'), money('10.05')).change).toBe(-15.15);
  });

  it('falls back to the values when the amounts are not comparable (another currency, a ratio with money parts)', () => {
    expect(changeBetween(money('10.5', 'USD'), money('10', 'CNY')).change).toBe(0.5);
    const aov = (value: number, amount: string) => result(value, { unit: 'currency', money: { amount, currency: 'CNY' }, numerator: Number(amount), denominator: 10 });
    // average order value (GMV / orders, unit currency): its money is the GMV, not the value
    expect(changeBetween(aov(50, '500'), aov(40, '400'))).toEqual({ change: 10, relativeChange: 0.25 });
    const perPerson = (value: number, amount: string) => result(value, { unit: 'currency-per-person', money: { amount, currency: 'CNY' }, numerator: Number(amount) });
    expect(changeBetween(perPerson(50, '500'), perPerson(40, '400')).change).toBe(10);
  });

  it('gives a ratio change in points and the relative change against |previous|', () => {
    const rate = (value: number) => result(value, { unit: 'ratio' });
    expect(changeBetween(rate(0.25), rate(0.2)).change).toBeCloseTo(0.05, 15);
    expect(changeBetween(result(-5), result(-10))).toEqual({ change: 5, relativeChange: 0.5 });
  });

  it('has no relative change from 0 and no change with a missing value', () => {
    expect(changeBetween(result(3), result(0))).toEqual({ change: 3, relativeChange: null });
    expect(changeBetween(result(null), result(2))).toEqual({ change: null, relativeChange: null });
    expect(changeBetween(result(2), result(null))).toEqual({ change: null, relativeChange: null });
  });
});
