import { addDays, localDate } from '@marketops/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpDashboards } from '../src/app/warm-up';
import { bareEvent } from '../src/events/event-fixtures';
import { openTestApp } from './harness';

/**
 * The warm-up computes what the first screens ask for by default, so that asking for it afterwards
 * reaches the event store with no query at all: every department's dashboard, and the overview's
 * yardsticks, for the last 30 days with the previous period in the workspace's calendar.
 */

let t: Awaited<ReturnType<typeof openTestApp>>;
/** Queries that reached the event store (the cache's misses), counted by wrapping its `query`. */
let queries = 0;
const NOW = new Date('2026-10-31T20:30:00Z');
const WORKSPACES = ['company-a', 'company-b'] as const;

beforeAll(async () => {
  t = await openTestApp();
  for (const id of WORKSPACES) await t.app.orgService.createFromTemplate(id);
  // A few events inside and before the default period, so that numbers are computed from data.
  for (const id of WORKSPACES) {
    await t.app.events.append(
      [0, 3, 12, 40].map((daysAgo, i) =>
        bareEvent(id, `warm-${i}`, { type: 'page', anonymousId: `visitor-${i % 2}`, timestamp: new Date(NOW.getTime() - daysAgo * 86_400_000), receivedAt: NOW }),
      ),
    );
  }
  const events = t.app.events as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const query = events.query.bind(events);
  events.query = (...args: unknown[]) => {
    queries += 1;
    return query(...args);
  };
});
afterAll(() => t.cleanup());

async function defaultPeriod(workspaceId: string): Promise<{ from: string; to: string }> {
  const to = localDate(NOW, (await t.app.settings.get(workspaceId)).timeZone);
  return { from: addDays(to, -29), to };
}

async function get(url: string): Promise<unknown> {
  const response = await t.http.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  return response.json();
}

describe('warming the dashboards', () => {
  it('stops before the first workspace when asked to, and computes nothing', async () => {
    const stop = new AbortController();
    stop.abort();
    queries = 0;
    const warmed = await warmUpDashboards({ orgService: t.app.orgService, settings: t.app.settings, metrics: t.app.metrics, logger: t.app.logger, now: () => NOW }, stop.signal);
    expect(warmed).toEqual([]);
    expect(queries).toBe(0);
  });

  it('leaves every department dashboard and the overview of each workspace to be answered without a query, until new events arrive', async () => {
    queries = 0;
    const warmed = await warmUpDashboards({ orgService: t.app.orgService, settings: t.app.settings, metrics: t.app.metrics, logger: t.app.logger, now: () => NOW });
    expect(warmed.map((w) => w.workspaceId).sort()).toEqual([...WORKSPACES].sort());
    expect(queries).toBeGreaterThan(20);

    for (const workspaceId of WORKSPACES) {
      const { from, to } = await defaultPeriod(workspaceId);
      expect(warmed.find((w) => w.workspaceId === workspaceId)).toMatchObject({ from, to });
      const { map } = await t.app.orgService.getMap(workspaceId);
      const held: string[] = [];
      queries = 0;
      for (const department of map.departments) {
        const answer = (await get(`/api/workspaces/${workspaceId}/departments/${department.id}/kpis?from=${from}&to=${to}&compare=true`)) as { kpis: { metricId: string }[] };
        held.push(...answer.kpis.map((k) => k.metricId));
      }
      expect(held.length).toBeGreaterThan(10);
      // The overview's yardsticks are KPIs of the chain's functions: here, the first of each held function's KPIs.
      await get(`/api/workspaces/${workspaceId}/metric-values?ids=${[...new Set(held)].slice(0, 16).join(',')}&from=${from}&to=${to}&compare=true`);
      expect(queries, `${workspaceId}: queries after the warm-up`).toBe(0);
    }

    // The same question after an event arrived is computed again (the count sees misses).
    await t.app.events.append([bareEvent('company-a', 'warm-late', { type: 'page', anonymousId: 'visitor-9', timestamp: new Date(NOW.getTime() - 3_600_000), receivedAt: NOW })]);
    const { from, to } = await defaultPeriod('company-a');
    const { map } = await t.app.orgService.getMap('company-a');
    queries = 0;
    for (const department of map.departments) await get(`/api/workspaces/company-a/departments/${department.id}/kpis?from=${from}&to=${to}&compare=true`);
    expect(queries).toBeGreaterThan(0);
  });
});
