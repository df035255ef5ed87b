import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetEarlyResponses, peekEarlyJson, startEarlyGet, takeEarlyResponse } from './earlyResponses';

/** The peeked JSON of a path, once its answer has arrived and parsed (asks again for a while). */
async function arrived(path: string): Promise<{ value: unknown } | undefined> {
  for (let i = 0; i < 200; i++) {
    const json = peekEarlyJson(path);
    if (json !== undefined) return json;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return undefined;
}

/** What the page's fetch was asked for; each answer is a fresh Response naming its path. */
const sent: string[] = [];

describe('early responses', () => {
  beforeEach(() => {
    sent.length = 0;
    forgetEarlyResponses();
    vi.stubGlobal('fetch', (path: string) => {
      sent.push(path);
      return Promise.resolve(new Response(JSON.stringify({ path })));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('hands a response to the first request of its path only', async () => {
    startEarlyGet('/api/catalog');
    const early = takeEarlyResponse('/api/catalog');
    expect(await (await early!).json()).toEqual({ path: '/api/catalog' });
    expect(takeEarlyResponse('/api/catalog')).toBeUndefined();
    expect(takeEarlyResponse('/api/workspaces')).toBeUndefined();
    expect(sent).toEqual(['/api/catalog']);
  });

  it('does not start what the client has asked for already', () => {
    expect(takeEarlyResponse('/api/workspaces/a/settings')).toBeUndefined();
    expect(startEarlyGet('/api/workspaces/a/settings')).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('forgets responses after an edit and when they are too old', () => {
    startEarlyGet('/api/workspaces/a');
    forgetEarlyResponses();
    expect(takeEarlyResponse('/api/workspaces/a')).toBeUndefined();

    vi.useFakeTimers({ now: 0 });
    startEarlyGet('/api/workspaces/b');
    vi.setSystemTime(10_001);
    expect(takeEarlyResponse('/api/workspaces/b')).toBeUndefined();
  });

  it('gives the JSON of an answer that has arrived, once, for a first render; nothing for one not in yet, failed or taken', async () => {
    // (paths no other case has asked for: a path the client has asked for is never started again)
    startEarlyGet('/api/metrics');
    expect(peekEarlyJson('/api/metrics')).toBeUndefined(); // not arrived yet (the fetch has not settled)
    expect(await arrived('/api/metrics')).toEqual({ value: { path: '/api/metrics' } });
    expect(peekEarlyJson('/api/metrics')).toBeUndefined();
    expect(takeEarlyResponse('/api/metrics')).toBeUndefined();

    startEarlyGet('/api/workspaces/taken');
    expect(takeEarlyResponse('/api/workspaces/taken')).toBeDefined();
    expect(await arrived('/api/workspaces/taken')).toBeUndefined();

    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"error":{"code":"INTERNAL"}}', { status: 500 })));
    startEarlyGet('/api/workspaces/failing');
    expect(await arrived('/api/workspaces/failing')).toBeUndefined();
    // The failed answer stays for the client, which shows its reason.
    expect((await takeEarlyResponse('/api/workspaces/failing'))?.status).toBe(500);
  });
});
