import { describe, expect, it } from 'vitest';
import { attainment, findTarget, targetStatus } from './targets';

describe('attainment', () => {
  it('is value / target when higher is better and target / value when lower is better', () => {
    expect(attainment(80, 100, 'higher-is-better')).toBe(0.8);
    expect(attainment(50, 100, 'lower-is-better')).toBe(2); // half the target cost
    expect(attainment(200, 100, 'lower-is-better')).toBe(0.5);
  });

  it('is undefined without a value, with a zero divisor, or for negative numbers', () => {
    expect(attainment(null, 100, 'higher-is-better')).toBeNull();
    expect(attainment(10, 0, 'higher-is-better')).toBeNull();
    expect(attainment(0, 100, 'lower-is-better')).toBeNull();
    expect(attainment(-10, 20, 'higher-is-better')).toBeNull(); // an NPS of -10 against 20
  });
});

describe('targetStatus', () => {
  it('reads gap and met in the direction of the metric', () => {
    expect(targetStatus(-10, 20, 'higher-is-better')).toEqual({ target: 20, value: -10, attainment: null, gap: -30, met: false });
    expect(targetStatus(0, 5, 'lower-is-better')).toEqual({ target: 5, value: 0, attainment: null, gap: -5, met: true });
    expect(targetStatus(null, 5, 'lower-is-better')).toMatchObject({ gap: null, met: null });
  });
});

describe('findTarget', () => {
  it('finds the target of exactly this metric and period', () => {
    const targets = [
      { metricId: 'after-sales.nps', from: '2026-03-01', to: '2026-03-31', value: 30 },
      { metricId: 'after-sales.nps', from: '2026-04-01', to: '2026-04-30', value: 35 },
    ];
    expect(findTarget(targets, 'after-sales.nps', { from: '2026-04-01', to: '2026-04-30' })?.value).toBe(35);
    expect(findTarget(targets, 'after-sales.nps', { from: '2026-04-01', to: '2026-04-29' })).toBeUndefined();
  });
});
