import { EventCountSchema, ErrorResponseSchema } from '@marketops/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from './harness';

/** `GET /api/workspaces/{ws}/events/count`: what the web UI asks to know whether any event has arrived. */
describe('the stored-event count of a workspace', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let auth: string;
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.orgService.createFromTemplate('company-a');
    await t.app.orgService.createFromTemplate('company-b');
    auth = `Basic ${Buffer.from(`${(await t.app.writeKeys.create('company-a', 'count test')).key}:`).toString('base64')}`;
  });
  afterAll(() => t.cleanup());

  const count = async (workspaceId: string) => {
    const response = await t.http.inject({ url: `/api/workspaces/${workspaceId}/events/count` });
    expect(response.statusCode).toBe(200);
    return EventCountSchema.parse(response.json());
  };
  const send = (messageIds: readonly string[]) =>
    t.http.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'application/json', authorization: auth },
      payload: { batch: messageIds.map((messageId) => ({ type: 'track', event: 'Signed Up', anonymousId: 'a-1', messageId })) },
    });

  it('is 0 before the first event, counts stored events once each, and only the workspace\'s own', async () => {
    expect(await count('company-a')).toEqual({ workspaceId: 'company-a', count: 0 });
    expect((await send(['m-1', 'm-2', 'm-3'])).statusCode).toBe(200);
    expect(await count('company-a')).toEqual({ workspaceId: 'company-a', count: 3 });
    // A batch sent again (an SDK's retry) is acknowledged and stored once.
    expect((await send(['m-2', 'm-3', 'm-4'])).statusCode).toBe(200);
    expect((await count('company-a')).count).toBe(4);
    expect(await count('company-b')).toEqual({ workspaceId: 'company-b', count: 0 });
  });

  it('answers an unknown workspace with 404 naming it', async () => {
    const response = await t.http.inject({ url: '/api/workspaces/no-such-company/events/count' });
    expect(response.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(response.json()).error.message).toContain('no-such-company');
  });
});
