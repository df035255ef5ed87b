import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DepartmentMetricsSchema, ErrorResponseSchema, MetricDefinitionSchema, MetricOwnershipSchema } from '@marketops/contracts';
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
