import { describe, it, expect } from 'vitest';
import { createRevenueStep } from './revenue-step';
import type { SegmentMessage } from './message';

const step = createRevenueStep();
const track = (event: string, properties: Record<string, unknown>): SegmentMessage => ({ type: 'track', event, userId: 'u', properties });
const run = (message: SegmentMessage) => {
  const { value, warnings } = step(message);
  return { ...value, warnings };
};

describe('revenueStep', () => {
  it('reads revenue and an upper-cased currency', () => {
    expect(run(track('Subscription Started', { revenue: 99.5, currency: ' cny ' }))).toEqual({ revenue: 99.5, currency: 'CNY', warnings: [] });
  });

  it('falls back to total, then value, for Order Completed only', () => {
    expect(run(track('Order Completed', { total: 120, value: 5, currency: 'JPY' }))).toMatchObject({ revenue: 120, currency: 'JPY' });
    expect(run(track('Order Completed', { value: 5 }))).toMatchObject({ revenue: 5 });
    expect(run(track('order_completed', { total: 7 }))).toMatchObject({ revenue: 7 });
    expect(run(track('Product Added', { total: 120, value: 5 }))).toMatchObject({ revenue: null });
  });

  it('prefers revenue over total', () => {
    expect(run(track('Order Completed', { revenue: 100, total: 120 }))).toMatchObject({ revenue: 100 });
  });

  it('skips a null revenue and falls back', () => {
    expect(run(track('Order Completed', { revenue: null, total: 120 }))).toMatchObject({ revenue: 120 });
  });

  it('accepts plain decimal strings and negative amounts (refunds)', () => {
    expect(run(track('Order Completed', { revenue: ' 12.50 ' }))).toMatchObject({ revenue: 12.5 });
    expect(run(track('Order Refunded', { revenue: -30 }))).toMatchObject({ revenue: -30 });
    expect(run(track('Order Completed', { revenue: 0 }))).toMatchObject({ revenue: 0, warnings: [] });
  });

  it.each([['12,50'], ['1,234.00'], ['$12'], ['twelve'], [''], ['1e3x'], [true], [{ amount: 1 }], [[1]]])(
    'warns and stores null for non-numeric revenue %j',
    (revenue) => {
      expect(run(track('Order Completed', { revenue, currency: 'USD' }))).toEqual({ revenue: null, currency: null, warnings: ['revenue-not-numeric'] });
    },
  );

  it.each([['US'], ['USDT'], ['¥'], ['u$d'], [840]])('warns and drops invalid currency %j but keeps the revenue', (currency) => {
    expect(run(track('Order Completed', { revenue: 10, currency }))).toEqual({ revenue: 10, currency: null, warnings: ['currency-invalid'] });
  });

  it('treats a blank currency as absent', () => {
    expect(run(track('Order Completed', { revenue: 10, currency: ' ' }))).toEqual({ revenue: 10, currency: null, warnings: [] });
  });

  it('sets no currency without a revenue, and no revenue outside track', () => {
    expect(run(track('Product Viewed', { price: 5, currency: 'EUR' }))).toEqual({ revenue: null, currency: null, warnings: [] });
    expect(run({ type: 'page', anonymousId: 'a', properties: { revenue: 5 } })).toMatchObject({ revenue: null });
    expect(run({ type: 'track', event: 'X', userId: 'u' })).toMatchObject({ revenue: null });
  });

  it('uses configured fallback events', () => {
    const custom = createRevenueStep({ fallbackEvents: ['Checkout Finished'] });
    expect(custom(track('Checkout Finished', { total: 3 })).value.revenue).toBe(3);
    expect(custom(track('Order Completed', { total: 3 })).value.revenue).toBeNull();
  });
});
