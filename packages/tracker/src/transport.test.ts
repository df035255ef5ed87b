import { describe, expect, it } from 'vitest';
import { createTransport, outcomeOf, type TransportDeps } from './transport';
import { message, settled } from './test-fakes';

describe('response status → queue outcome', () => {
  it('2xx ok; 429 and 5xx retried with Retry-After; other statuses dropped', () => {
    expect(outcomeOf(200, null, 0)).toEqual({ kind: 'ok' });
    expect(outcomeOf(429, '3', 0)).toEqual({ kind: 'retry', retryAfterMs: 3000 });
    expect(outcomeOf(503, null, 0)).toEqual({ kind: 'retry' });
    expect(outcomeOf(500, null, 0)).toEqual({ kind: 'retry' });
    expect([400, 401, 413].map((s) => outcomeOf(s, '1', 0))).toEqual([400, 401, 413].map((status) => ({ kind: 'drop', status })));
  });
});

describe('transport', () => {
  const NOW = Date.parse('2025-03-01T12:00:00Z');
  function fake(options: { fail?: boolean; beacon?: boolean } = {}) {
    const requests: { url: string; init: RequestInit }[] = [];
    const beacons: { url: string; data: string }[] = [];
    const deps: TransportDeps = {
      fetch: async (url, init) => {
        requests.push({ url, init });
        if (options.fail) throw new TypeError('Failed to fetch');
        return { status: 503, headers: { get: (name: string) => (name === 'Retry-After' ? '2' : null) } };
      },
      ...(options.beacon === undefined ? {} : { sendBeacon: (url: string, data: string) => (beacons.push({ url, data }), options.beacon!) }),
      now: () => NOW,
    };
    return { transport: createTransport('https://mo.example', 'wk_1', deps), requests, beacons };
  }

  it('posts {batch, sentAt, writeKey} as text/plain to /v1/batch without cookies (no CORS preflight)', async () => {
    const { transport, requests } = fake();
    expect(await transport.send([message(1)])).toEqual({ kind: 'retry', retryAfterMs: 2000 });
    const [request] = requests;
    expect(request!.url).toBe('https://mo.example/v1/batch');
    expect(request!.init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, credentials: 'omit', keepalive: false });
    expect(JSON.parse(request!.init.body as string)).toEqual({ batch: [message(1)], sentAt: '2025-03-01T12:00:00.000Z', writeKey: 'wk_1' });
  });

  it('a network error is a retry', async () => {
    expect(await fake({ fail: true }).transport.send([message(1)])).toEqual({ kind: 'retry' });
  });

  it('on exit uses sendBeacon; falls back to a keepalive fetch when it refuses or is missing', async () => {
    const accepted = fake({ beacon: true });
    accepted.transport.sendOnExit([message(1)]);
    expect(accepted.beacons.map((b) => b.url)).toEqual(['https://mo.example/v1/batch']);
    expect(JSON.parse(accepted.beacons[0]!.data)).toMatchObject({ writeKey: 'wk_1', batch: [{ messageId: 'm1' }] });
    expect(accepted.requests).toEqual([]);

    const refused = fake({ beacon: false, fail: true });
    refused.transport.sendOnExit([message(2)]);
    const missing = fake();
    missing.transport.sendOnExit([message(3)]);
    await settled();
    expect(refused.requests.map((r) => r.init.keepalive)).toEqual([true]);
    expect(missing.requests.map((r) => r.init.keepalive)).toEqual([true]);
  });
});
