import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema, MetricSettingsSchema, MetricValueResponseSchema, WorkspaceSettingsSchema } from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-b');
});
afterAll(() => t.cleanup());

const put = (payload: unknown, ws = 'company-b') => t.http.inject({ method: 'PUT', url: `/api/workspaces/${ws}/settings`, payload: payload as object });

describe('workspace settings API', () => {
  it('answers the defaults, then what was saved', async () => {
    const first = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/settings' });
    expect(first.statusCode).toBe(200);
    expect(WorkspaceSettingsSchema.parse(first.json())).toEqual({ timeZone: 'UTC', reportingCurrency: null, exchangeRates: {} });
    const saved = { timeZone: 'Asia/Tokyo', reportingCurrency: 'JPY', exchangeRates: { USD: '150.25' } };
    expect((await put(saved)).json()).toEqual(saved);
    expect((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/settings' })).json()).toEqual(saved);
  });

  it('answers 400 naming each bad field, and keeps what was stored', async () => {
    const bad = await put({ timeZone: 'Asia/Atlantis', reportingCurrency: 'YEN', exchangeRates: { USD: 'lots' } });
    expect(bad.statusCode).toBe(400);
    const body = ErrorResponseSchema.parse(bad.json());
    expect(body.error.issues.map((i) => i.path)).toEqual(['timeZone', 'reportingCurrency', 'exchangeRates.USD']);
    const unknownField = await put({ timeZone: 'UTC', reportingCurrency: null, weekStart: 'sunday' });
    expect(unknownField.statusCode).toBe(400);
    expect((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/settings' })).json()).toMatchObject({ timeZone: 'Asia/Tokyo' });
  });

  it('answers 404 for a workspace that does not exist', async () => {
    expect((await put({ timeZone: 'UTC', reportingCurrency: null, exchangeRates: {} }, 'nobody')).statusCode).toBe(404);
    expect((await t.http.inject({ method: 'GET', url: '/api/workspaces/nobody/settings' })).statusCode).toBe(404);
  });
});

describe('metric settings API', () => {
  const putMetrics = (payload: unknown, ws = 'company-b') => t.http.inject({ method: 'PUT', url: `/api/workspaces/${ws}/metric-settings`, payload: payload as object });
  const getMetrics = (ws = 'company-b') => t.http.inject({ method: 'GET', url: `/api/workspaces/${ws}/metric-settings` });

  it('answers {} until saved, then what was saved; a PUT replaces the whole set', async () => {
    expect((await getMetrics()).json()).toEqual({});
    const saved = { targetAudience: [{ trait: 'country', op: 'in', values: ['JP'] }], retentionDay: 14, ownAccounts: ['line'], storePathPrefixes: ['/shop'], primaryStore: 'app-store' };
    const answer = await putMetrics(saved);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(MetricSettingsSchema.parse(answer.json())).toEqual(saved);
    expect((await getMetrics()).json()).toEqual(saved);
    await putMetrics({ retentionDay: 30 });
    expect((await getMetrics()).json()).toEqual({ retentionDay: 30 });
  });

  it('answers 400 naming each bad field, keeps what was stored, and 404 for an unknown workspace', async () => {
    const bad = await putMetrics({ retentionDay: 0, storePathPrefixes: ['shop'], targetAudience: [{ trait: 'age', op: 'between', min: 60, max: 18 }] });
    expect(bad.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(bad.json()).error.issues.map((i) => i.path)).toEqual(['targetAudience.0', 'retentionDay', 'storePathPrefixes.0']);
    expect((await putMetrics({ retentionDay: 7, colour: 'red' })).statusCode).toBe(400);
    expect((await putMetrics({ retentionDay: 'seven' })).statusCode).toBe(400);
    expect((await getMetrics()).json()).toEqual({ retentionDay: 30 });
    expect((await putMetrics({}, 'nobody')).statusCode).toBe(404);
    expect((await getMetrics('nobody')).statusCode).toBe(404);
  });

  it('changes the metrics that read them: store paths decide who visited the store', async () => {
    const { key } = await t.app.writeKeys.create('company-b', 'settings');
    const at = '2026-10-05T10:00:00.000Z';
    const batch = [
      { type: 'page', userId: 'p1', name: 'Item', properties: { path: '/shop/item-1' }, context: { page: { path: '/shop/item-1' } }, timestamp: at },
      { type: 'page', userId: 'p2', name: 'Item', properties: { path: '/shop/item-2' }, context: { page: { path: '/shop/item-2' } }, timestamp: at },
      { type: 'track', event: 'Order Completed', userId: 'p1', properties: { order_id: 'o1', total: 10, currency: 'JPY' }, timestamp: at },
    ].map((m, i) => ({ ...m, messageId: `settings-${i}` }));
    const sent = await t.http.inject({ method: 'POST', url: '/v1/batch', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }, payload: { batch } });
    expect(sent.json()).toMatchObject({ accepted: 3 });
    const rate = async () => MetricValueResponseSchema.parse((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/metrics/store-ops.conversion-rate?from=2026-10-01&to=2026-10-31' })).json()).result.value;
    // Without store paths only the buyer counts as a store visitor: 1 of 1.
    await putMetrics({});
    expect(await rate()).toBe(1);
    // With /shop as the store, p2's page view is a store visit too: 1 buyer of 2 visitors.
    await putMetrics({ storePathPrefixes: ['/shop'] });
    expect(await rate()).toBe(0.5);
  });
});
