import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../test/harness';
import { countDemoEvents, demoChannelStatRows, demoCostRows, demoMetricSettings, planDemo, type DemoPlan } from './core-demo';
import { loadDemo } from './demo-loader';
import { demoMarkerPath } from './demo-marker';
import { loadDemoOnFirstStart } from './first-start';
import { httpSink } from './http-sink';
import { inProcessSink } from './in-process-sink';
import { demoStartDate } from './start-date';

/** Exact sum of decimal amounts with two places, as the text the store returns. */
const sumAmounts = (amounts: readonly string[]) => {
  const cents = amounts.reduce((s, a) => s + BigInt(a.replace('.', '')), 0n);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
};

describe('loadDemo through the in-process ingestion and imports', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let plan: DemoPlan;
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.orgService.createFromTemplate('company-b');
    plan = planDemo({ template: 'b', seed: 4, start: demoStartDate(new Date(), 'Asia/Tokyo', 30), days: 30, size: 3_000 });
  });
  afterAll(() => t.cleanup());

  const sink = () => inProcessSink({ ingest: t.app.ingest, feeds: t.app.feedService, settings: t.app.settings, workspaceId: 'company-b' });
  const range = () => ({ from: plan.days[0]!.date, to: plan.days.at(-1)!.date });

  it('stores every generated event, the costs and the snapshots, reporting progress', async () => {
    const progress: string[] = [];
    const report = await loadDemo({ plan, sink: sink(), onProgress: (p) => progress.push(p.phase), batchSize: 200 });
    const generated = countDemoEvents(plan);
    expect(report.events).toEqual({ sent: generated, accepted: generated, duplicates: 0, rejected: 0 });
    expect(report.complete).toBe(true);
    expect(await t.app.events.count('company-b')).toBe(generated);
    expect(progress.slice(0, 2)).toEqual(['costs', 'channel-stats']);
    expect(progress.filter((p) => p === 'events').length).toBe(Math.ceil(generated / 200));

    const costs = demoCostRows(plan);
    expect(report.costs).toMatchObject({ rows: costs.length, inserted: costs.length });
    const totals = await t.app.feedService.summariseCosts('company-b', range(), []);
    expect(totals).toEqual([{ currency: 'JPY', amount: sumAmounts(costs.map((c) => c.amount)), rows: costs.length }]);

    const stats = demoChannelStatRows(plan);
    const sample = stats[17]!;
    const stored = await t.app.feedService.listChannelStats('company-b', { from: sample.date, to: sample.date, platform: sample.platform, account: sample.account });
    expect(stored).toMatchObject([{ platform: sample.platform, account: sample.account, followers: sample.followers, reads: sample.reads, interactions: sample.interactions, posts: sample.posts }]);
    expect(report.channelStats.inserted).toBe(stats.length);

    expect(report.settingsAdopted).toBe(true);
    expect(await t.app.settings.get('company-b')).toEqual({ timeZone: 'Asia/Tokyo', reportingCurrency: 'JPY', exchangeRates: {} });
    expect(report.metricSettingsAdopted).toBe(true);
    expect(await t.app.settings.getMetrics('company-b')).toEqual(demoMetricSettings(plan.profile));

    const orders = await t.app.events.read({ workspaceId: 'company-b', event: 'Order Completed', limit: 5 });
    expect(orders.length).toBeGreaterThan(0);
    expect(orders[0]).toMatchObject({ currency: 'JPY' });
    expect(orders[0]!.revenue).toBeGreaterThan(0);
  });

  it('stores nothing new when the same plan is loaded again', async () => {
    const before = await t.app.events.count('company-b');
    const report = await loadDemo({ plan, sink: sink() });
    expect(report.events).toMatchObject({ accepted: 0, duplicates: before, rejected: 0 });
    expect(report.costs).toMatchObject({ inserted: 0, updated: 0, unchanged: report.costs.rows });
    expect(report.channelStats).toMatchObject({ inserted: 0, updated: 0, unchanged: report.channelStats.rows });
    expect(await t.app.events.count('company-b')).toBe(before);
  });

  it('stops between batches when aborted; loading again completes it; chosen settings are kept', async () => {
    await t.app.orgService.createFromTemplate('company-a');
    await t.app.settings.put('company-a', { timeZone: 'Asia/Hong_Kong', reportingCurrency: 'HKD', exchangeRates: { CNY: '1.08' } });
    await t.app.settings.putMetrics('company-a', { retentionDay: 14 });
    const planA = planDemo({ template: 'a', seed: 9, start: demoStartDate(new Date(), 'Asia/Shanghai', 20), days: 20, size: 2_000 });
    const stop = new AbortController();
    const partial = await loadDemo({
      plan: planA,
      sink: inProcessSink({ ingest: t.app.ingest, feeds: t.app.feedService, settings: t.app.settings, workspaceId: 'company-a' }),
      batchSize: 100,
      concurrency: 1,
      signal: stop.signal,
      onProgress: (p) => p.phase === 'events' && p.sent >= 500 && stop.abort(),
    });
    expect(partial.complete).toBe(false);
    expect(partial.events.accepted).toBeLessThan(countDemoEvents(planA));
    const rest = await loadDemo({ plan: planA, sink: inProcessSink({ ingest: t.app.ingest, feeds: t.app.feedService, settings: t.app.settings, workspaceId: 'company-a' }) });
    expect(rest.events.duplicates).toBe(partial.events.accepted);
    expect(await t.app.events.count('company-a')).toBe(countDemoEvents(planA));
    expect(rest.settingsAdopted).toBe(false);
    // Settings someone saved are never overwritten by a demo load.
    expect(partial.metricSettingsAdopted).toBe(false);
    expect(rest.metricSettingsAdopted).toBe(false);
    expect(await t.app.settings.getMetrics('company-a')).toEqual({ retentionDay: 14 });
    expect((await t.app.settings.get('company-a')).timeZone).toBe('Asia/Hong_Kong');
  });
});

describe('loadDemo over the HTTP API (what the CLI uses)', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let base = '';
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.orgService.createFromTemplate('company-c');
    await t.http.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.http.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.cleanup());

  it('sends the events to /v1/batch with a write key and the rows to the CSV imports', async () => {
    const key = await (await fetch(`${base}/api/workspaces/company-c/write-keys`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"label":"demo"}' })).json() as { key: string };
    const plan = planDemo({ template: 'c', seed: 2, start: demoStartDate(new Date(), 'America/Mexico_City', 14), days: 14, size: 2_000 });
    const report = await loadDemo({ plan, sink: httpSink({ baseUrl: base, workspaceId: 'company-c', writeKey: key.key }) });
    expect(report.events.rejected).toBe(0);
    expect(report.events.accepted).toBe(countDemoEvents(plan));
    expect(await t.app.events.count('company-c')).toBe(report.events.accepted);
    expect(report.costs.inserted).toBe(demoCostRows(plan).length);
    const totals = await t.app.feedService.summariseCosts('company-c', { from: plan.days[0]!.date, to: plan.days.at(-1)!.date }, []);
    expect(totals[0]).toMatchObject({ currency: 'MXN', amount: sumAmounts(demoCostRows(plan).map((c) => c.amount)) });
    expect(report.channelStats.inserted).toBe(demoChannelStatRows(plan).length);

    expect(report.settingsAdopted).toBe(true);
    expect(await t.app.settings.get('company-c')).toMatchObject({ timeZone: 'America/Mexico_City', reportingCurrency: 'MXN' });
    expect(report.metricSettingsAdopted).toBe(true);
    expect(await t.app.settings.getMetrics('company-c')).toEqual(demoMetricSettings(plan.profile));

    const again = await loadDemo({ plan, sink: httpSink({ baseUrl: base, workspaceId: 'company-c', writeKey: key.key }) });
    expect(again.events).toMatchObject({ accepted: 0, duplicates: report.events.accepted });
  });
});

describe('loadDemoOnFirstStart', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp();
    for (const template of ['canonical', 'company-a']) await t.app.orgService.createFromTemplate(template);
  });
  afterAll(() => t.cleanup());

  it('fills the new company workspaces once, recording the plan beside the data', async () => {
    const deps = { ingest: t.app.ingest, feeds: t.app.feedService, settings: t.app.settings, events: t.app.events, logger: t.app.logger, dataDir: t.dataDir };
    const loaded = await loadDemoOnFirstStart(deps, { created: ['canonical', 'company-a'], now: new Date(), size: 2_000, days: 14 });
    expect(loaded.map((r) => r.workspaceId)).toEqual(['company-a']);
    expect(await t.app.events.count('company-a')).toBe(loaded[0]!.events);
    expect(await t.app.events.count('canonical')).toBe(0);
    const marker = JSON.parse(await readFile(demoMarkerPath(t.dataDir), 'utf8'));
    expect(marker['company-a']).toMatchObject({ template: 'a', size: 2_000, days: 14, status: 'loaded' });

    expect(await loadDemoOnFirstStart(deps, { created: ['company-a'], now: new Date(), size: 2_000, days: 14 })).toEqual([]);
    expect(await t.app.events.count('company-a')).toBe(loaded[0]!.events);
  });
});
