import { describe, expect, it } from 'vitest';
import { formatScaledRevenue, fromScaledRevenue, toScaledRevenue } from './money';

describe('revenue as DECIMAL(18,4)', () => {
  it('keeps every value with up to 4 decimals exactly, both ways', () => {
    for (const value of [0, 1, -1, 19.9999, 0.0001, -0.0001, 0.1, 0.3, 1234.5678, 999999999.9999, 899999999999.9999, -42.4242, 1e13]) {
      const scaled = toScaledRevenue(value);
      expect(typeof scaled).toBe('bigint');
      expect(fromScaledRevenue(scaled as bigint)).toBe(value === 0 ? 0 : value);
    }
    expect(toScaledRevenue(19.9999)).toBe(199999n);
    expect(toScaledRevenue(-0.0001)).toBe(-1n);
    expect([formatScaledRevenue(-1n), formatScaledRevenue(199999n), formatScaledRevenue(0n)]).toEqual(['-0.0001', '19.9999', '0.0000']);
  });

  it('rounds more decimals half away from zero on the decimal text', () => {
    expect(toScaledRevenue(0.00005)).toBe(1n);
    expect(toScaledRevenue(-0.00005)).toBe(-1n);
    expect(toScaledRevenue(1.00004999)).toBe(10000n);
    expect(toScaledRevenue(2.67895)).toBe(26790n);
    expect(toScaledRevenue(1e-7)).toBe(0n);
  });

  it('refuses what DECIMAL(18,4) cannot hold instead of wrapping around', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 1e14, -1e14, 1.5e21]) {
      expect(toScaledRevenue(value)).toEqual({ reason: expect.any(String) });
    }
  });
});
