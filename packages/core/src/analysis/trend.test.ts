import { describe, expect, it } from 'vitest';
import { computeMetric } from '../metrics/compute';
import { MetricUnknownError } from '../metrics/errors';
import { dataset, track } from '../metrics/fixtures/builders';
import { runTrend } from './trend';
import { TrendError } from './trend-error';
import { seriesSummary, TREND_CASES } from './trend-fixtures';

describe('runTrend (reference): the hand-computed cases', () => {
  it.each(TREND_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { expected } = c;
    if ('error' in expected) {
      let thrown: unknown;
      try {
        runTrend(c.dataset, c.spec, c.options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TrendError);
      expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', trendCode: expected.error, path: expected.path, issues: [{ path: expected.path }] });
      return;
    }
    expect(seriesSummary(runTrend(c.dataset, c.spec, c.options))).toEqual(expected);
  });
});

describe('runTrend (reference): shape', () => {
  const data = dataset({
    events: [
      track('u:u1', 'Order Completed', '2026-03-03T12:00:00Z', { order_id: 'o1' }, { channel: 'Paid Search' }),
      track('u:u2', 'Order Completed', '2026-03-04T12:00:00Z', { order_id: 'o2' }, { channel: 'Email' }),
    ],
  });
  const period = { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' };
  const asOf = new Date('2026-03-20T00:00:00Z');

  it('gives the metric\'s own results: periods of the buckets and of the previous ones, unit, provisional', () => {
    const result = runTrend(data, { metricId: 'store-ops.orders', period, interval: 'month', compare: true }, { asOf });
    expect(result).toMatchObject({ metricId: 'store-ops.orders', unit: 'count', interval: 'month', previousPeriod: { from: '2026-01-29', to: '2026-02-28' } });
    const total = result.series[0];
    expect(total?.value).toEqual(computeMetric('store-ops.orders', data, period, { asOf }));
    expect(total?.value.provisional).toBe(true);
    expect(total?.buckets.map((b) => b.period)).toEqual([period]);
    // The month bucket moved back by the period's 31 days: not February, the same number of days.
    expect(total?.previous?.buckets.map((b) => [b.period.from, b.period.to])).toEqual([['2026-01-29', '2026-02-28']]);
  });

  it('clips week buckets to the period and keeps the breakdown it was asked for', () => {
    const result = runTrend(data, { metricId: 'store-ops.orders', period: { ...period, to: '2026-03-10' }, interval: 'week', breakdown: { kind: 'channel' } }, { asOf });
    expect(result.breakdown).toEqual({ kind: 'channel' });
    expect(result.previousPeriod).toBeUndefined();
    expect(result.series[0]?.buckets.map((b) => [b.period.from, b.period.to])).toEqual([
      ['2026-03-01', '2026-03-01'],
      ['2026-03-02', '2026-03-08'],
      ['2026-03-09', '2026-03-10'],
    ]);
    expect(result.series.map((s) => [s.kind, s.name])).toEqual([['total', 'total'], ['group', 'Email'], ['group', 'Paid Search']]);
  });

  it('an unknown metric is METRIC_NOT_FOUND', () => {
    expect(() => runTrend(data, { metricId: 'nope.nothing', period, interval: 'day' }, { asOf })).toThrow(MetricUnknownError);
  });

  it('without filters or breakdown, the total is the metric per bucket', () => {
    const result = runTrend(data, { metricId: 'store-ops.orders', period, interval: 'week' }, { asOf });
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.buckets.map((b) => b.value)).toEqual([0, 2, 0, 0, 0, 0]);
  });
});
