import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema, WorkspaceSettingsSchema } from '@marketops/contracts';
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
