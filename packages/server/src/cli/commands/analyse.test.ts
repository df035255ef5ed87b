import { describe, expect, it } from 'vitest';
import { TrendRequestSchema, TrendResultSchema } from '@marketops/contracts';
import { parseBreakdown, parseFilter, trendRequest, trendTable, type TrendOptions } from './analyse';

const base: TrendOptions = { metric: 'store-ops.orders', from: '2026-03-02', to: '2026-03-15', interval: 'week', filter: [], channelMap: [] };

describe('analyse trend: options', () => {
  it('reads the short filter forms into the API\'s filters', () => {
    expect(parseFilter('channel=Paid Search', 0)).toEqual({ kind: 'channel', test: { op: 'equals', value: 'Paid Search' } });
    expect(parseFilter('campaign.name~spring', 0)).toEqual({ kind: 'campaign', field: 'name', test: { op: 'contains', value: 'spring' } });
    expect(parseFilter('property.plan:in=pro,team', 0)).toEqual({ kind: 'property', key: 'plan', test: { op: 'in', values: ['pro', 'team'] } });
    expect(parseFilter('property.total>=100', 0)).toEqual({ kind: 'property', key: 'total', test: { op: 'gte', value: 100 } });
    expect(parseFilter('property.total<2.5', 0)).toEqual({ kind: 'property', key: 'total', test: { op: 'lt', value: 2.5 } });
    expect(parseFilter('trait.country:exists', 0)).toEqual({ kind: 'trait', key: 'country', test: { op: 'exists' } });
    // A value may hold the operator characters; only the first operator after the target counts.
    expect(parseFilter('property.path=/a=b', 0)).toEqual({ kind: 'property', key: 'path', test: { op: 'equals', value: '/a=b' } });
    expect(parseFilter('{"kind":"property","key":"a=b","test":{"op":"exists"}}', 0)).toEqual({ kind: 'property', key: 'a=b', test: { op: 'exists' } });
  });

  it('names the filter at fault', () => {
    expect(() => parseFilter('country=MX', 2)).toThrow(/filters\.2: "country=MX" is not a filter/);
    expect(() => parseFilter('campaign.utm_source=x', 0)).toThrow(/is not a filter/);
    expect(() => parseFilter('property.total>lots', 1)).toThrow(/filters\.1: "lots" is not a number/);
    expect(() => parseFilter('trait.country:exists=yes', 0)).toThrow(/takes no value/);
    expect(() => parseFilter('{nope', 0)).toThrow(/not JSON/);
  });

  it('reads breakdowns and channel maps, and builds a body the API accepts', () => {
    expect(parseBreakdown('campaign.source')).toEqual({ kind: 'campaign', field: 'source' });
    expect(parseBreakdown('trait.plan')).toEqual({ kind: 'trait', key: 'plan' });
    expect(() => parseBreakdown('country')).toThrow(/breakdown: "country" is not a breakdown/);
    const body = trendRequest({ ...base, filter: ['channel=Paid Search'], breakdown: 'channel', compare: true, channelMap: ['Google Ads=Paid Search'], timeZone: 'Asia/Shanghai' });
    expect(body).toEqual({
      metricId: 'store-ops.orders',
      period: { from: '2026-03-02', to: '2026-03-15', timeZone: 'Asia/Shanghai' },
      interval: 'week',
      filters: [{ kind: 'channel', test: { op: 'equals', value: 'Paid Search' } }],
      breakdown: { kind: 'channel' },
      compare: true,
      channelMap: { 'Google Ads': 'Paid Search' },
    });
    expect(TrendRequestSchema.safeParse(body).success).toBe(true);
    expect(trendRequest(base)).toEqual({ metricId: 'store-ops.orders', period: { from: '2026-03-02', to: '2026-03-15' }, interval: 'week' });
    expect(() => trendRequest({ ...base, channelMap: ['Google Ads'] })).toThrow(/channelMap\.0/);
  });
});

describe('analyse trend: the table', () => {
  const point = (from: string, to: string, value: number | null) => ({ metricId: 'store-ops.orders', period: { from, to, timeZone: 'UTC' }, unit: 'count', value, provisional: false });
  const result = TrendResultSchema.parse({
    metricId: 'store-ops.orders',
    unit: 'count',
    period: { from: '2026-03-02', to: '2026-03-15', timeZone: 'UTC' },
    interval: 'week',
    previousPeriod: { from: '2026-02-16', to: '2026-03-01', timeZone: 'UTC' },
    series: [
      {
        kind: 'total',
        name: 'total',
        value: point('2026-03-02', '2026-03-15', 4),
        buckets: [point('2026-03-02', '2026-03-08', 1), point('2026-03-09', '2026-03-15', 3)],
        previous: { value: point('2026-02-16', '2026-03-01', 2), buckets: [point('2026-02-16', '2026-02-22', 2), point('2026-02-23', '2026-03-01', 0)], change: 2, relativeChange: 1 },
      },
      {
        kind: 'other',
        name: '(other)',
        mergedValues: 3,
        value: point('2026-03-02', '2026-03-15', 1),
        buckets: [point('2026-03-02', '2026-03-08', 0), point('2026-03-09', '2026-03-15', 1)],
        previous: { value: point('2026-02-16', '2026-03-01', 0), buckets: [point('2026-02-16', '2026-02-22', 0), point('2026-02-23', '2026-03-01', 0)], change: 1, relativeChange: null },
      },
    ],
  });

  it('shows a row per bucket, the period and the change, the previous values in brackets', () => {
    const text = trendTable(result);
    expect(text).toContain('store-ops.orders, 2026-03-02 to 2026-03-15 (UTC), by week');
    expect(text).toMatch(/2026-03-02\.\.2026-03-08\s+│?\s*1 \(2\)\s+│?\s*0 \(0\)/);
    expect(text).toMatch(/period\s+│?\s*4 \(2\)\s+│?\s*1 \(0\)/);
    expect(text).toMatch(/change\s+│?\s*\+100\.0%/);
    expect(text).toContain('the previous period, 2026-02-16 to 2026-03-01');
    expect(text).toContain('(other): 3 more values together');
  });
});
