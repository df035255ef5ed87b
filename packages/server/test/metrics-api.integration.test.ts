import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DepartmentKpisResponseSchema, DepartmentMetricsSchema, ErrorResponseSchema, MetricDefinitionSchema, MetricOwnershipSchema, MetricValueResponseSchema, MetricValuesResponseSchema } from '@marketops/contracts';
import { CATALOG, METRICS } from '@marketops/core';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-a');
});
afterAll(() => t.cleanup());

const get = (url: string) => t.http.inject({ method: 'GET', url });

describe('metrics API', () => {
  it('lists every definition with its formula and what it reads, every catalog KPI among them', async () => {
    const answer = await get('/api/metrics');
    expect(answer.statusCode).toBe(200);
    const metrics = MetricDefinitionSchema.array().parse(answer.json());
    expect(metrics).toHaveLength(METRICS.length);
    const ids = new Set(metrics.map((m) => m.id));
    for (const fn of CATALOG.functions) for (const kpi of fn.kpis) expect(ids.has(kpi.id), kpi.id).toBe(true);
    const cpc = MetricDefinitionSchema.parse((await get('/api/metrics/marketing-planning.cost-per-contact')).json());
    expect(cpc).toMatchObject({ functionId: 'marketing-planning', unit: 'currency-per-person', direction: 'lower-is-better' });
    expect(cpc.reads.feeds).toContain('costs');
    const unknown = await get('/api/metrics/nope.nothing');
    expect(unknown.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(unknown.json()).error.code).toBe('METRIC_NOT_FOUND');
  });

  it('answers who owns a metric from the workspace\'s map', async () => {
    const owner = MetricOwnershipSchema.parse((await get('/api/workspaces/company-a/metrics/after-sales.nps/owner')).json());
    const { map } = await t.app.orgService.getMap('company-a');
    const accountable = map.assignments.filter((a) => a.functionId === 'after-sales' && a.role === 'accountable').map((a) => a.departmentId);
    expect(owner.accountable.map((d) => d.id)).toEqual(map.departments.filter((d) => accountable.includes(d.id)).map((d) => d.id));
    expect(owner.status).toBe(accountable.length === 1 ? 'owned' : accountable.length === 0 ? 'unowned' : 'shared');
    expect(owner.accountable.every((d) => d.name.length > 0)).toBe(true);
    expect((await get('/api/workspaces/nobody/metrics/after-sales.nps/owner')).statusCode).toBe(404);
  });

  it('lists the KPIs of a department: the metrics of the functions it answers for', async () => {
    const { map } = await t.app.orgService.getMap('company-a');
    const department = map.assignments.find((a) => a.role === 'accountable')!.departmentId;
    const held = DepartmentMetricsSchema.parse((await get(`/api/workspaces/company-a/departments/${department}/metrics`)).json());
    expect(held.accountable.length).toBeGreaterThan(0);
    for (const group of held.accountable) {
      expect(group.metrics.map((m) => m.id)).toEqual(METRICS.filter((m) => m.functionId === group.functionId).map((m) => m.id));
    }
    expect((await get('/api/workspaces/company-a/departments/nobody/metrics')).statusCode).toBe(404);
  });
});

describe('metric values', () => {
  it('computes a metric for a period on the event store, per week and against the previous period, with its owner', async () => {
    const { key } = await t.app.writeKeys.create('company-a', 'metrics');
    const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    // Orders: o1 (10.00) and o2 (20.50) on 5 and 12 October; o3 (7.25) on 20 September (previous period).
    const batch = [
      { type: 'track', event: 'Order Completed', userId: 'b1', properties: { order_id: 'o1', total: 10, currency: 'CNY' }, timestamp: at(5) },
      { type: 'track', event: 'Order Completed', userId: 'b2', properties: { order_id: 'o2', total: 20.5, currency: 'CNY' }, timestamp: at(12) },
      { type: 'track', event: 'Order Completed', userId: 'b1', properties: { order_id: 'o3', total: 7.25, currency: 'CNY' }, timestamp: '2026-09-20T10:00:00.000Z' },
    ].map((m, i) => ({ ...m, messageId: `order-${i}` }));
    const sent = await t.http.inject({ method: 'POST', url: '/v1/batch', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }, payload: { batch } });
    expect(sent.json()).toMatchObject({ accepted: 3 });
    const answer = await get('/api/workspaces/company-a/metrics/store-ops.orders?from=2026-10-01&to=2026-10-31&interval=week&compare=true');
    expect(answer.statusCode, answer.body).toBe(200);
    const body = MetricValueResponseSchema.parse(answer.json());
    expect(body.result).toMatchObject({ metricId: 'store-ops.orders', value: 2, provisional: false });
    // The previous period has the same 31 days: 31 August to 30 September.
    expect(body.previous).toMatchObject({ value: 1, period: { from: '2026-08-31', to: '2026-09-30' } });
    expect(body.change).toBe(1);
    // ISO weeks clipped to October: 1-4, 5-11 (o1), 12-18 (o2), 19-25, 26-31.
    expect(body.buckets?.map((b) => [b.period.from, b.value])).toEqual([['2026-10-01', 0], ['2026-10-05', 1], ['2026-10-12', 1], ['2026-10-19', 0], ['2026-10-26', 0]]);
    expect(body.owner.functionId).toBe('store-ops');
    const bad = await get('/api/workspaces/company-a/metrics/store-ops.orders?from=2026-10-31&to=2026-10-01');
    expect(bad.statusCode).toBe(400);
    expect((await get('/api/workspaces/company-a/metrics/nope.nothing?from=2026-10-01&to=2026-10-31')).statusCode).toBe(404);
  });
});

describe('targets', () => {
  it('sets a target per metric and period, answers it with the value and attainment, and refuses bad ones', async () => {
    const put = (payload: object) => t.http.inject({ method: 'PUT', url: '/api/workspaces/company-a/targets', payload });
    const set = await put({ metricId: 'store-ops.orders', from: '2026-10-01', to: '2026-10-31', value: 4 });
    expect(set.statusCode, set.body).toBe(200);
    expect((await put({ metricId: 'store-ops.orders', from: '2026-10-01', to: '2026-10-31', value: 5 })).json()).toMatchObject({ value: 5 });
    const listed = await get('/api/workspaces/company-a/targets?metricId=store-ops.orders');
    expect(listed.json()).toEqual([{ metricId: 'store-ops.orders', from: '2026-10-01', to: '2026-10-31', value: 5 }]);
    // Two orders in October (the previous test sent them) against a target of 5: attainment 0.4.
    const value = MetricValueResponseSchema.parse((await get('/api/workspaces/company-a/metrics/store-ops.orders?from=2026-10-01&to=2026-10-31')).json());
    expect(value.target).toEqual({ target: 5, value: 2, attainment: 0.4, gap: -3, met: false });
    const otherPeriod = MetricValueResponseSchema.parse((await get('/api/workspaces/company-a/metrics/store-ops.orders?from=2026-10-01&to=2026-10-30')).json());
    expect(otherPeriod.target).toBeUndefined();

    const bad = await put({ metricId: 'store-ops.orders', from: '2026-10-31', to: '2026-10-01', value: 1 });
    expect(bad.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(bad.json()).error.issues?.map((i) => i.path)).toEqual(['to']);
    expect((await put({ metricId: 'nope.nothing', from: '2026-10-01', to: '2026-10-31', value: 1 })).statusCode).toBe(404);
    expect((await put({ metricId: 'store-ops.orders', from: '2026-02-30', to: '2026-10-31', value: 1 })).statusCode).toBe(400);
    expect((await t.http.inject({ method: 'PUT', url: '/api/workspaces/nobody/targets', payload: { metricId: 'store-ops.orders', from: '2026-10-01', to: '2026-10-31', value: 1 } })).statusCode).toBe(404);

    const removed = await t.http.inject({ method: 'DELETE', url: '/api/workspaces/company-a/targets?metricId=store-ops.orders&from=2026-10-01&to=2026-10-31' });
    expect(removed.statusCode).toBe(204);
    expect((await get('/api/workspaces/company-a/targets')).json()).toEqual([]);
    expect((await t.http.inject({ method: 'DELETE', url: '/api/workspaces/company-a/targets?metricId=store-ops.orders&from=2026-10-01&to=2026-10-31' })).statusCode).toBe(404);
  });
});

describe('department dashboards', () => {
  it('answers every KPI a department is accountable for, one that cannot be computed saying why', async () => {
    const { map } = await t.app.orgService.getMap('company-a');
    const ownerOf = (fn: string) => map.assignments.find((a) => a.functionId === fn && a.role === 'accountable')!.departmentId;
    const kpis = async (department: string) => {
      const answer = await get(`/api/workspaces/company-a/departments/${department}/kpis?from=2026-10-01&to=2026-10-31&compare=true`);
      expect(answer.statusCode, answer.body).toBe(200);
      return DepartmentKpisResponseSchema.parse(answer.json());
    };
    const operations = await kpis(ownerOf('user-ops'));
    const functions = map.assignments.filter((a) => a.departmentId === ownerOf('user-ops') && a.role === 'accountable').map((a) => a.functionId);
    expect(operations.kpis.map((k) => k.metricId)).toEqual(functions.flatMap((fn) => METRICS.filter((m) => m.functionId === fn).map((m) => m.id)));
    // The buyers of the earlier test: b1 and b2 in October, b1 alone in the 31 days before.
    expect(operations.kpis.find((k) => k.metricId === 'user-ops.active-users')).toMatchObject({ result: { value: 2 }, previous: { value: 1 }, change: 1 });
    // No reporting currency is set for company-a here: money KPIs say so instead of failing the page.
    const marketing = await kpis(ownerOf('marketing-planning'));
    expect(marketing.kpis.find((k) => k.metricId === 'marketing-planning.cost-per-contact')).toMatchObject({ result: null, problem: { code: 'VALIDATION_FAILED' } });
    expect(marketing.kpis.find((k) => k.metricId === 'marketing-planning.target-reach')?.result).not.toBeNull();
    expect((await get(`/api/workspaces/company-a/departments/${ownerOf('user-ops')}/kpis?from=2026-10-31&to=2026-10-01`)).statusCode).toBe(400);
    expect((await get('/api/workspaces/company-a/departments/nobody/kpis?from=2026-10-01&to=2026-10-31')).statusCode).toBe(404);
  });
});

describe('several metrics at once (the overview)', () => {
  const url = (ids: string, extra = '') => `/api/workspaces/company-a/metric-values?ids=${encodeURIComponent(ids)}&from=2026-10-01&to=2026-10-31${extra}`;

  it('answers each metric in the order asked, as the single-metric route does, with owner, previous period and change', async () => {
    const ids = ['user-ops.active-users', 'marketing-planning.cost-per-contact', 'store-ops.orders'];
    const answer = await get(url(ids.join(','), '&compare=true'));
    expect(answer.statusCode, answer.body).toBe(200);
    const body = MetricValuesResponseSchema.parse(answer.json());
    expect(body.values.map((v) => v.metricId)).toEqual(ids);
    expect(body.period).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    for (const id of ['user-ops.active-users', 'store-ops.orders']) {
      const one = MetricValueResponseSchema.parse((await get(`/api/workspaces/company-a/metrics/${id}?from=2026-10-01&to=2026-10-31&compare=true`)).json());
      const entry = body.values.find((v) => v.metricId === id);
      expect(entry).toMatchObject({ result: { value: one.result.value }, previous: { value: one.previous?.value }, change: one.change ?? null, owner: one.owner });
      expect(entry?.relativeChange ?? null).toEqual(one.relativeChange ?? null);
    }
    // a money metric without a reporting currency says why, the others still answer
    expect(body.values[1]).toMatchObject({ result: null, problem: { code: 'VALIDATION_FAILED' } });
  });

  it('answers 400 naming each unknown or empty id, too many ids or a bad period, and 404 for an unknown workspace', async () => {
    const bad = await get(url('store-ops.orders,nope.nothing,,store-ops.revenue'));
    expect(bad.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(bad.json()).error.issues.map((i) => i.path)).toEqual(['ids.1', 'ids.2']);
    expect((await get(url(Array.from({ length: 51 }, () => 'store-ops.orders').join(',')))).statusCode).toBe(400);
    expect((await get('/api/workspaces/company-a/metric-values?ids=store-ops.orders&from=2026-10-31&to=2026-10-01')).statusCode).toBe(400);
    expect((await get('/api/workspaces/company-a/metric-values?from=2026-10-01&to=2026-10-31')).statusCode).toBe(400);
    expect((await get('/api/workspaces/nobody/metric-values?ids=store-ops.orders&from=2026-10-01&to=2026-10-31')).statusCode).toBe(404);
  });
});

describe('a dashboard computes its KPIs together as each alone', () => {
  it('gives every KPI of every department the value, previous value and change of the single-metric route', async () => {
    const { map } = await t.app.orgService.getMap('company-a');
    for (const department of map.departments) {
      const answer = await get(`/api/workspaces/company-a/departments/${department.id}/kpis?from=2026-10-01&to=2026-10-31&compare=true`);
      expect(answer.statusCode, answer.body).toBe(200);
      for (const kpi of DepartmentKpisResponseSchema.parse(answer.json()).kpis) {
        const one = await get(`/api/workspaces/company-a/metrics/${kpi.metricId}?from=2026-10-01&to=2026-10-31&compare=true`);
        if (kpi.result === null) {
          expect(one.statusCode, kpi.metricId).toBe(400);
          continue;
        }
        const single = MetricValueResponseSchema.parse(one.json());
        expect({ result: kpi.result, previous: kpi.previous, change: kpi.change ?? null }, kpi.metricId).toEqual({ result: single.result, previous: single.previous, change: single.change ?? null });
      }
    }
  });
});
