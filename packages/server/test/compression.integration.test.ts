import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from './harness';

/**
 * The API's answers compressed for clients that accept it (browsers, Node's fetch, the SDKs), the
 * same JSON once decoded; request bodies never inflated; the tracking routes' answers left plain.
 */
describe('compression of API answers', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let writeKey: string;
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.orgService.createFromTemplate('company-a');
    writeKey = (await t.app.writeKeys.create('company-a', 'compression test')).key;
  });
  afterAll(() => t.cleanup());

  it('sends the catalog with brotli or gzip as asked, the same JSON as uncompressed, and plain to a client that asks for nothing', async () => {
    const plain = await t.http.inject({ url: '/api/catalog' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = plain.json();

    // A browser accepts both: gzip is preferred (as small as brotli's fast levels here, at a third of the CPU).
    const browser = await t.http.inject({ url: '/api/catalog', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(browser.statusCode).toBe(200);
    expect(browser.headers['content-encoding']).toBe('gzip');
    expect(browser.headers['vary']).toMatch(/accept-encoding/i);
    expect(browser.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(browser.rawPayload).toString('utf8'))).toEqual(json);

    const br = await t.http.inject({ url: '/api/catalog', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(json);

    const identity = await t.http.inject({ url: '/api/catalog', headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json()).toEqual(json);
  });

  it('sends a small answer (here an error naming its problem) as it is: under 1 KB is not worth compressing', async () => {
    const response = await t.http.inject({ url: '/api/workspaces/company-a/metric-values?ids=nope&from=2026-01-01&to=2026-01-31', headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-encoding']).toBeUndefined();
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'ids.0: unknown metric "nope"' });
  });

  it('never inflates a compressed request body: a gzip-encoded batch is refused as malformed JSON and stores nothing', async () => {
    const batch = { batch: [{ type: 'track', event: 'Compressed', anonymousId: 'a-1', messageId: 'gz-1' }] };
    const response = await t.http.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` },
      payload: gzipSync(JSON.stringify(batch)),
    });
    expect(response.statusCode).toBe(400);
    expect(await t.app.events.count('company-a')).toBe(0);
  });

  it('leaves the tracking routes\' answers plain, even to a client that accepts compression', async () => {
    const batch = { batch: Array.from({ length: 40 }, (_, i) => ({ type: 'track', event: 'x'.repeat(300), anonymousId: 'a-2', messageId: `plain-${i}`, properties: { n: 'y'.repeat(900) } })) };
    const response = await t.http.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br', authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` },
      payload: JSON.stringify(batch),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toMatchObject({ success: true });
  });
});
