import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttributionResultSchema, ErrorResponseSchema, WorkspaceNamesSchema, FunnelResultSchema, ReachResultSchema, ReferralResultSchema, RetentionResultSchema } from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-c');
  const { key } = await t.app.writeKeys.create('company-c', 'test');
  // p1: pricing -> signed up -> order; p2: pricing -> signed up (anonymous, then identified); p3: pricing only.
  const at = (day: number, hour: number) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const batch = [
    { type: 'page', name: 'Pricing', anonymousId: 'a1', userId: 'p1', timestamp: at(2, 9), context: { page: { url: 'https://shop.example.cn/pricing?utm_source=baidu&utm_medium=cpc&utm_campaign=double11' } } },
    { type: 'track', event: 'Signed Up', userId: 'p1', timestamp: at(2, 10) },
    { type: 'track', event: 'Order Completed', userId: 'p1', properties: { order_id: 'o1', total: 10 }, timestamp: at(3, 10) },
    { type: 'page', name: 'Pricing', anonymousId: 'a2', timestamp: at(2, 11) },
    { type: 'identify', anonymousId: 'a2', userId: 'p2', timestamp: at(2, 12) },
    { type: 'track', event: 'Signed Up', userId: 'p2', timestamp: at(2, 12) },
    { type: 'page', name: 'Pricing', anonymousId: 'a3', timestamp: at(4, 8) },
    { type: 'page', name: 'Pricing', anonymousId: 'a3', timestamp: at(10, 8) },
  ].map((m, i) => ({ ...m, messageId: `m${i}` }));
  const sent = await t.http.inject({ method: 'POST', url: '/v1/batch', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }, payload: { batch } });
  expect(sent.json()).toMatchObject({ accepted: batch.length, rejected: [] });
});
afterAll(() => t.cleanup());

const analyse = (kind: string, payload: object, ws = 'company-c') => t.http.inject({ method: 'POST', url: `/api/workspaces/${ws}/analyses/${kind}`, payload });
const period = { from: '2026-11-01', to: '2026-11-30' };

describe('analyses API', () => {
  it('answers a funnel over what was tracked, counting people not devices', async () => {
    const answer = await analyse('funnel', {
      period,
      steps: [{ target: { kind: 'page', name: 'Pricing' } }, { target: { kind: 'event', event: 'Signed Up' } }, { target: { kind: 'event', event: 'Order Completed' } }],
    });
    expect(answer.statusCode).toBe(200);
    const result = FunnelResultSchema.parse(answer.json());
    expect(result.steps.map((s) => s.people)).toEqual([3, 2, 1]);
    expect(result.steps[1]?.conversionFromPrevious).toBeCloseTo(2 / 3, 12);
    // p1 took 1 h from pricing to sign-up, p2 took 1 h: median 3,600,000 ms.
    expect(result.steps[1]?.medianTimeToConvertMs).toBe(3_600_000);
  });

  it('answers a weekly retention matrix in the workspace time zone', async () => {
    const answer = await analyse('retention', {
      period,
      interval: 'week',
      periods: 2,
      kind: 'first-time',
      startEvent: { target: { kind: 'page', name: 'Pricing' } },
      returnEvent: { target: { kind: 'page', name: 'Pricing' } },
    });
    expect(answer.statusCode).toBe(200);
    const result = RetentionResultSchema.parse(answer.json());
    // Cohort of the week of Monday 2026-11-02: a1/p1, a2/p2, a3; only a3 comes back, in the next week.
    // The period starts on Sunday 1 November, in the week of Monday 26 October: an empty cohort.
    expect(result.cohorts.map((c) => [c.bucket, c.size])).toEqual([['2026-10-26', 0], ['2026-11-02', 3], ['2026-11-09', 0], ['2026-11-16', 0], ['2026-11-23', 0], ['2026-11-30', 0]]);
    expect(result.cohorts[1]?.cells.map((c) => c.retained)).toEqual([3, 1, 0]);
  });

  it('attributes the order to the paid-search touch that preceded it, under every model', async () => {
    const answer = await analyse('attribution', { period, conversion: { target: { kind: 'event', event: 'Order Completed' } } });
    expect(answer.statusCode).toBe(200);
    const result = AttributionResultSchema.parse(answer.json());
    expect(result.conversions).toBe(1);
    for (const model of result.models) {
      const credited = model.byChannel.filter((row) => row.conversions > 0);
      expect(credited.reduce((sum, row) => sum + row.conversions, 0)).toBeCloseTo(1, 12);
      expect(model.byChannel.find((row) => row.channel === 'Paid Search')?.conversions ?? 0).toBeGreaterThan(0);
    }
  });

  it('divides the period\'s costs by the people reached', async () => {
    const csv = 'date,channel,campaign,cost_type,amount,currency\n2026-11-02,Baidu,double11,media,300.00,CNY\n2026-11-20,Baidu,double11,media,150.50,CNY\n';
    const imported = await t.http.inject({ method: 'POST', url: '/api/workspaces/company-c/costs/import', headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(imported.statusCode).toBe(200);
    const answer = await analyse('reach', { period });
    expect(answer.statusCode).toBe(200);
    const result = ReachResultSchema.parse(answer.json());
    // One person (p1) reached through a marketing channel; 450.50 CNY of costs: 450.50 per contact.
    expect(result.total).toMatchObject({ reach: 1, touches: 1, cost: { CNY: '450.50' }, costPerContact: { CNY: '450.50' } });
  });

  it('answers referral cohorts', async () => {
    const answer = await analyse('referrals', { period, interval: 'month' });
    expect(answer.statusCode).toBe(200);
    expect(ReferralResultSchema.parse(answer.json()).edges).toEqual([]);
  });

  it('answers 400 naming the field for a bad period or zone, 404 for an unknown workspace', async () => {
    const backwards = await analyse('funnel', { period: { from: '2026-11-30', to: '2026-11-01' }, steps: [{ target: { kind: 'event', event: 'A' } }, { target: { kind: 'event', event: 'B' } }] });
    expect(backwards.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(backwards.json()).error.issues?.[0]?.path).toBe('period.to');
    const zone = await analyse('funnel', { period: { ...period, timeZone: 'Moon/Base' }, steps: [{ target: { kind: 'event', event: 'A' } }, { target: { kind: 'event', event: 'B' } }] });
    expect(ErrorResponseSchema.parse(zone.json()).error.issues?.[0]?.path).toBe('period.timeZone');
    const oneStep = await analyse('funnel', { period, steps: [{ target: { kind: 'event', event: 'A' } }] });
    expect(oneStep.statusCode).toBe(400);
    const missing = await analyse('funnel', { period, steps: [{ target: { kind: 'event', event: 'A' } }, { target: { kind: 'event', event: 'B' } }] }, 'nobody');
    expect(missing.statusCode).toBe(404);
  });

  it('refuses periods and bucket counts that would keep the server busy for minutes, naming what to change', async () => {
    const retention = (from: string, to: string, interval: string) =>
      analyse('retention', { period: { from, to }, interval, periods: 2, kind: 'first-time', startEvent: { target: { kind: 'page' } }, returnEvent: { target: { kind: 'page' } } });
    const ancient = await retention('1000-01-01', '2026-11-30', 'month');
    expect(ancient.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(ancient.json()).error.issues.map((i) => i.path)).toEqual(['period.from']);
    const daily = await retention('2025-01-01', '2026-11-30', 'day');
    expect(daily.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(daily.json()).error.issues.map((i) => i.path)).toEqual(['interval']);
    // 400 days by day is the limit: allowed. The same two years by week is allowed too.
    expect((await retention('2025-10-27', '2026-11-30', 'day')).statusCode).toBe(200);
    expect((await retention('2025-01-01', '2026-11-30', 'week')).statusCode).toBe(200);
    const farFuture = await retention('9999-12-01', '9999-12-31', 'week');
    expect(farFuture.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(farFuture.json()).error.issues.map((i) => i.path)).toEqual(['period.from']);
    const trend = await analyse('trend', { metricId: 'store-ops.orders', period: { from: '2026-11-01', to: '9999-12-31' }, interval: 'month' });
    expect(trend.statusCode).toBe(400);
    const metric = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-c/metrics/store-ops.orders?from=2025-01-01&to=2026-11-30&interval=day' });
    expect(metric.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(metric.json()).error.issues.map((i) => i.path)).toEqual(['interval']);
  });

  it('suggests the workspace’s own event names and channels first, then the known ones', async () => {
    const answer = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-c/names' });
    expect(answer.statusCode).toBe(200);
    const names = WorkspaceNamesSchema.parse(answer.json());
    expect(names.events.slice(0, 2)).toEqual([
      { name: 'Signed Up', count: 2 },
      { name: 'Order Completed', count: 1 },
    ]);
    expect(names.events.find((n) => n.name === 'Referral Sent')).toEqual({ name: 'Referral Sent', count: 0 });
    expect(names.channels[0]).toEqual({ name: 'Direct', count: 7 }); // every message but the landing from Baidu
    expect(names.channels.find((n) => n.name === 'Paid Search')?.count).toBe(1);
    expect((await t.http.inject({ method: 'GET', url: '/api/workspaces/nobody/names' })).statusCode).toBe(404);
  });
});
