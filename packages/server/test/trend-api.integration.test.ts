import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema, TrendResultSchema } from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-c');
  const { key } = await t.app.writeKeys.create('company-c', 'test');
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  const paid = { campaign: { source: 'baidu', medium: 'cpc', name: 'double11' } };
  const email = { campaign: { source: 'newsletter', medium: 'email', name: 'Double11' } };
  // Week of 2 Nov: o1 (paid search), o2 (email). Week of 9 Nov: o3 (paid search), o4 (no campaign).
  // Previous period (19 Oct - 1 Nov): o0 (paid search). Two paid-search visits reach p1 and p5.
  const batch = [
    { type: 'track', event: 'Order Completed', userId: 'p0', properties: { order_id: 'o0', plan: 'pro' }, context: paid, timestamp: '2026-10-27T10:00:00.000Z' },
    { type: 'track', event: 'Order Completed', userId: 'p1', properties: { order_id: 'o1', plan: 'pro' }, context: paid, timestamp: at(3) },
    { type: 'track', event: 'Order Completed', userId: 'p2', properties: { order_id: 'o2', plan: 'free' }, context: email, timestamp: at(4) },
    { type: 'track', event: 'Order Completed', userId: 'p3', properties: { order_id: 'o3', plan: 'pro' }, context: paid, timestamp: at(10) },
    { type: 'track', event: 'Order Completed', userId: 'p4', properties: { order_id: 'o4' }, timestamp: at(11) },
    { type: 'page', name: 'Pricing', userId: 'p1', context: { page: { url: 'https://shop.example.cn/?utm_source=baidu&utm_medium=cpc' } }, timestamp: at(3) },
    { type: 'page', name: 'Pricing', userId: 'p5', context: { page: { url: 'https://shop.example.cn/?utm_source=baidu&utm_medium=cpc' } }, timestamp: at(12) },
  ].map((m, i) => ({ ...m, messageId: `t${i}` }));
  const sent = await t.http.inject({ method: 'POST', url: '/v1/batch', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }, payload: { batch } });
  expect(sent.json()).toMatchObject({ accepted: batch.length, rejected: [] });
  const csv = 'date,channel,campaign,cost_type,amount,currency\n2026-11-02,Baidu,double11,media,300.00,CNY\n2026-11-10,WeChat,,media,50.00,CNY\n';
  expect((await t.http.inject({ method: 'POST', url: '/api/workspaces/company-c/costs/import', headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
  const settings = await t.http.inject({ method: 'PUT', url: '/api/workspaces/company-c/settings', payload: { timeZone: 'UTC', reportingCurrency: 'CNY', exchangeRates: {} } });
  expect(settings.statusCode).toBe(200);
});
afterAll(() => t.cleanup());

const trend = (payload: object, ws = 'company-c') => t.http.inject({ method: 'POST', url: `/api/workspaces/${ws}/analyses/trend`, payload });
const period = { from: '2026-11-02', to: '2026-11-15' };

describe('trend API', () => {
  it('answers a metric by week, broken down by channel, against the previous period', async () => {
    const answer = await trend({ metricId: 'store-ops.orders', period, interval: 'week', breakdown: { kind: 'channel' }, compare: true });
    expect(answer.statusCode, answer.body).toBe(200);
    const result = TrendResultSchema.parse(answer.json());
    expect(result.previousPeriod).toEqual({ from: '2026-10-19', to: '2026-11-01', timeZone: 'UTC' });
    const rows = result.series.map((s) => [s.kind, s.name, s.value.value, s.buckets.map((b) => b.value), s.previous?.value.value]);
    expect(rows).toEqual([
      ['total', 'total', 4, [2, 2], 1],
      ['group', 'Paid Search', 2, [1, 1], 1],
      ['group', 'Direct', 1, [0, 1], 0],
      ['group', 'Email', 1, [1, 0], 0],
    ]);
    expect(result.series[0]?.previous).toMatchObject({ change: 3, relativeChange: 3 });
  });

  it('filters by channel, UTM field (ignoring case) and property', async () => {
    const values = async (filters: object[]) => TrendResultSchema.parse((await trend({ metricId: 'store-ops.orders', period, interval: 'week', filters })).json()).series[0]?.buckets.map((b) => b.value);
    expect(await values([{ kind: 'channel', test: { op: 'equals', value: 'paid search' } }])).toEqual([1, 1]);
    expect(await values([{ kind: 'campaign', field: 'name', test: { op: 'equals', value: 'DOUBLE11' } }])).toEqual([2, 1]);
    expect(await values([{ kind: 'property', key: 'plan', test: { op: 'in', values: ['pro'] } }])).toEqual([1, 1]);
  });

  it('filters a cost metric by channel through the channel map; a property filter on it answers 400 naming the filter', async () => {
    const cpc = await trend({
      metricId: 'marketing-planning.cost-per-contact',
      period,
      interval: 'week',
      filters: [{ kind: 'channel', test: { op: 'equals', value: 'Paid Search' } }],
      channelMap: { Baidu: 'Paid Search' },
    });
    expect(cpc.statusCode, cpc.body).toBe(200);
    // 300.00 CNY of Baidu costs over two people reached from paid search (p1, p5); the WeChat row is left out.
    expect(TrendResultSchema.parse(cpc.json()).series[0]?.value).toMatchObject({ value: 150, numerator: 300, denominator: 2, money: { amount: '300.00', currency: 'CNY' } });
    const bad = await trend({
      metricId: 'marketing-planning.cost-per-contact',
      period,
      interval: 'week',
      filters: [{ kind: 'channel', test: { op: 'exists' } }, { kind: 'property', key: 'plan', test: { op: 'exists' } }],
    });
    expect(bad.statusCode).toBe(400);
    const error = ErrorResponseSchema.parse(bad.json()).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i) => i.path)).toEqual(['filters.1']);
    expect(error.message).toMatch(/cost rows/);
  });

  it('answers 400 with the field path for a bad request, 404 for an unknown metric or workspace', async () => {
    const badInterval = await trend({ metricId: 'store-ops.orders', period, interval: 'year' });
    expect(badInterval.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(badInterval.json()).error.issues[0]?.path).toBe('body.interval');
    const badFilter = await trend({ metricId: 'store-ops.orders', period, interval: 'day', filters: [{ kind: 'channel', test: { op: 'between' } }] });
    expect(ErrorResponseSchema.parse(badFilter.json()).error.issues[0]?.path).toMatch(/^body\.filters\.0/);
    const backwards = await trend({ metricId: 'store-ops.orders', period: { from: '2026-11-15', to: '2026-11-02' }, interval: 'day' });
    expect(backwards.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(backwards.json()).error.issues[0]?.path).toBe('period.to');
    const unknown = await trend({ metricId: 'nope.nothing', period, interval: 'day' });
    expect(unknown.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(unknown.json()).error.code).toBe('METRIC_NOT_FOUND');
    expect((await trend({ metricId: 'store-ops.orders', period, interval: 'day' }, 'nobody')).statusCode).toBe(404);
  });
});
