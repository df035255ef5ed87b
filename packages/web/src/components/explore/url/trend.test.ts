import { describe, expect, it } from 'vitest';
import { DEFAULT_METRIC, readTrend, trendRequest } from './trend';

describe('readTrend', () => {
  const ids = ['store-ops.orders', 'store-ops.gmv'];
  it('reads a known metric and defaults to orders', () => {
    expect(readTrend(new URLSearchParams('metric=store-ops.gmv'), ids)).toEqual({ state: { metricId: 'store-ops.gmv' }, invalid: [] });
    expect(readTrend(new URLSearchParams(), ids)).toEqual({ state: { metricId: DEFAULT_METRIC }, invalid: [] });
  });
  it('answers an unknown metric with the default and a note', () => {
    expect(readTrend(new URLSearchParams('metric=../../etc/passwd'), ids)).toEqual({ state: { metricId: DEFAULT_METRIC }, invalid: ['metric'] });
    expect(readTrend(new URLSearchParams('metric=x'), ['a.b'])).toEqual({ state: { metricId: 'a.b' }, invalid: ['metric'] });
  });
  it('takes the URL’s metric while the list is loading', () => expect(readTrend(new URLSearchParams('metric=store-ops.gmv'), undefined).state.metricId).toBe('store-ops.gmv'));
});

describe('trendRequest', () => {
  it('asks for the period by its interval with the previous period, and filters and breakdown when set', () => {
    const period = { from: '2026-11-01', to: '2026-11-30', interval: 'week' as const };
    expect(trendRequest({ metricId: 'store-ops.orders' }, period, [], undefined)).toEqual({ metricId: 'store-ops.orders', period: { from: '2026-11-01', to: '2026-11-30' }, interval: 'week', compare: true });
    const filters = [{ kind: 'trait' as const, key: 'country', test: { op: 'equals' as const, value: 'MX' } }];
    expect(trendRequest({ metricId: 'm' }, period, filters, { kind: 'channel' })).toMatchObject({ filters, breakdown: { kind: 'channel' } });
  });
});
