import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetEarlyResponses, startEarlyGet, takeEarlyResponse } from './earlyResponses';

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
});
