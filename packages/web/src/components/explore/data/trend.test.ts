import { describe, expect, it } from 'vitest';
import type { TrendResultDto } from '../../../api/client';
import { trendFromResult, trendTable } from './trend';

const r = (from: string, to: string, value: number | null, currency?: string) => ({
  metricId: 'store-ops.gmv',
  period: { from, to, timeZone: 'Asia/Shanghai' },
  unit: 'currency',
  value,
  provisional: false,
  ...(currency && value !== null ? { money: { amount: value.toFixed(2), currency } } : {}),
});

const result: TrendResultDto = {
  metricId: 'store-ops.gmv',
  unit: 'currency',
  period: { from: '2026-11-01', to: '2026-11-03', timeZone: 'Asia/Shanghai' },
  interval: 'day',
  previousPeriod: { from: '2026-10-29', to: '2026-10-31', timeZone: 'Asia/Shanghai' },
  breakdown: { kind: 'channel' },
  series: [
    {
      kind: 'total',
      name: 'total',
      value: r('2026-11-01', '2026-11-03', 90, 'CNY'),
      buckets: [r('2026-11-01', '2026-11-01', 40), r('2026-11-02', '2026-11-02', 0), r('2026-11-03', '2026-11-03', 50)],
      previous: { value: r('2026-10-29', '2026-10-31', 60), buckets: [r('2026-10-29', '2026-10-29', 20), r('2026-10-30', '2026-10-30', 0), r('2026-10-31', '2026-10-31', null)], change: 30, relativeChange: 0.5 },
    },
    { kind: 'group', name: 'Direct', value: r('2026-11-01', '2026-11-03', 70), buckets: [r('2026-11-01', '2026-11-01', 30), r('2026-11-02', '2026-11-02', 0), r('2026-11-03', '2026-11-03', 40)] },
    { kind: 'other', name: '(other)', mergedValues: 3, value: r('2026-11-01', '2026-11-03', 20), buckets: [r('2026-11-01', '2026-11-01', 10), r('2026-11-02', '2026-11-02', null), r('2026-11-03', '2026-11-03', 10)] },
  ],
};

describe('trendFromResult', () => {
  const data = trendFromResult(result);
  it('keeps the series in order, the total with its previous period, and the money’s currency', () => {
    expect(data.unit).toBe('currency');
    expect(data.currency).toBe('CNY');
    expect(data.lines.map((l) => [l.kind, l.name, l.total, l.points.map((p) => p.value)])).toEqual([
      ['total', 'total', 90, [40, 0, 50]],
      ['group', 'Direct', 70, [30, 0, 40]],
      ['other', '(other)', 20, [10, null, 10]],
    ]);
    expect(data.lines[0]!.previous).toEqual({ total: 60, relativeChange: 0.5, points: [{ from: '2026-10-29', to: '2026-10-29', value: 20 }, { from: '2026-10-30', to: '2026-10-30', value: 0 }, { from: '2026-10-31', to: '2026-10-31', value: null }] });
    expect(data.lines[1]!.previous).toBeUndefined();
    expect(data.lines[2]!.mergedValues).toBe(3);
  });

  it('tables every line per bucket beside the total’s previous bucket; no change against 0 or nothing', () => {
    expect(trendTable(data).map((row) => [row.bucket.from, row.values, row.previous?.from, row.change])).toEqual([
      ['2026-11-01', [40, 30, 10], '2026-10-29', 1],
      ['2026-11-02', [0, 0, null], '2026-10-30', null],
      ['2026-11-03', [50, 40, 10], '2026-10-31', null],
    ]);
  });

  it('has no rows without series', () => expect(trendTable({ unit: 'count', currency: null, lines: [] })).toEqual([]));
});
