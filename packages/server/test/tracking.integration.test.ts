import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analytics } from '@segment/analytics-node';
import { TrackingResponseSchema } from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
let key: string;
let url: string;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-b');
  key = (await t.app.writeKeys.create('company-b', 'website')).key;
  url = await t.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.cleanup());

const basic = (k: string) => `Basic ${Buffer.from(`${k}:`).toString('base64')}`;

describe('tracking API', () => {
  it('@segment/analytics-node, pointed at MarketOps by host only, works unchanged', async () => {
    const analytics = new Analytics({ writeKey: key, host: url, flushAt: 5, maxEventsInBatch: 5 });
    analytics.identify({ userId: 'u-1', anonymousId: 'a-1', traits: { email: 'li@example.com', plan: 'pro' } });
    for (let i = 0; i < 7; i++) {
      analytics.track({ anonymousId: 'a-1', event: 'Signed Up', properties: { i }, context: { campaign: { source: 'weibo', medium: 'cpc', name: 'launch' } } });
    }
    analytics.page({ userId: 'u-1', name: 'Pricing', properties: { url: 'https://shop.example/pricing?utm_source=baidu&utm_medium=organic' } });
    await analytics.closeAndFlush({ timeout: 20_000 });
    const events = await t.app.events.read({ workspaceId: 'company-b' });
    expect(events).toHaveLength(9);
    const track = events.find((e) => e.type === 'track')!;
    expect(track).toMatchObject({ event: 'Signed Up', anonymousId: 'a-1', channel: 'Paid Social' });
    expect(track.campaign).toMatchObject({ source: 'weibo', medium: 'cpc', name: 'launch' });
    expect((track.context.library as { name?: string }).name).toContain('analytics-node');
    const page = events.find((e) => e.type === 'page')!;
    expect(page.channel).toBe('Organic Search');
    // The anonymous visitor who identified is one person with the user id, traits kept.
    const people = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/persons?personId=u-1' });
    expect(people.json()).toMatchObject([{ personId: 'u-1', identified: true, eventCount: 9, traits: { plan: 'pro' }, anonymousIds: ['a-1'] }]);
  });

  it('a partly bad batch stores the good messages and lists, and keeps, the bad ones', async () => {
    const res = await t.http.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: basic(key), 'content-type': 'application/json' },
      payload: {
        batch: [
          { type: 'track', event: 'Order Completed', userId: 'u-2', messageId: 'm-ok', properties: { revenue: '99.90', currency: 'cny' } },
          { type: 'track', userId: 'u-2', messageId: 'm-no-name' },
          { type: 'identify', messageId: 'm-no-id', traits: {} },
          { type: 'track', event: 'X', userId: 'u-2', properties: 'not an object' },
        ],
        sentAt: new Date().toISOString(),
      },
    });
    expect(res.statusCode).toBe(200);
    const body = TrackingResponseSchema.parse(res.json());
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [1, 'missing-event-name', 'event'],
      [2, 'missing-identity', 'userId'],
      [3, 'invalid-shape', 'properties'],
    ]);
    const letters = await t.app.ingestionAdmin.listDeadLetters('company-b', { status: 'pending' });
    expect(letters.map((l) => l.code)).toEqual(['missing-event-name', 'missing-identity', 'invalid-shape']);
    expect(JSON.parse(letters[2]!.payload)).toMatchObject({ properties: 'not an object' });
    const [order] = await t.app.events.read({ workspaceId: 'company-b', event: 'Order Completed' });
    expect(order).toMatchObject({ revenue: 99.9, currency: 'CNY' });
  });

  it('a message already stored is acknowledged and not stored again', async () => {
    const send = () =>
      t.http.inject({ method: 'POST', url: '/v1/track', headers: { authorization: basic(key) }, payload: { event: 'Dup', userId: 'u-3', messageId: 'same-id' } });
    expect(TrackingResponseSchema.parse((await send()).json())).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(TrackingResponseSchema.parse((await send()).json())).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await t.app.events.read({ workspaceId: 'company-b', event: 'Dup' })).toHaveLength(1);
  });

  it('the write key may come in the body; an unknown or revoked key gets 401', async () => {
    const inBody = await t.http.inject({ method: 'POST', url: '/v1/track', payload: { writeKey: key, event: 'Body key', anonymousId: 'x' } });
    expect(inBody.statusCode).toBe(200);
    const unknown = await t.http.inject({ method: 'POST', url: '/v1/track', headers: { authorization: basic('wk_nope') }, payload: { event: 'x', anonymousId: 'x' } });
    expect(unknown.statusCode).toBe(401);
    const second = await t.app.writeKeys.create('company-b', 'to revoke');
    await t.app.writeKeys.revoke('company-b', second.id);
    const revoked = await t.http.inject({ method: 'POST', url: '/v1/track', headers: { authorization: basic(second.key) }, payload: { event: 'x', anonymousId: 'x' } });
    expect(revoked.statusCode).toBe(401);
  });

  it('CORS allows the tracking routes from any origin', async () => {
    const res = await t.http.inject({ method: 'OPTIONS', url: '/v1/batch', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});
