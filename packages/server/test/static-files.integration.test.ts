import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from './harness';

/**
 * The web UI's files as the browser gets them (the build must exist: `npm test` builds it first):
 * hashed assets kept for good, the page itself revalidated on every load.
 */
describe('static files of the web UI', () => {
  let test: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    test = await openTestApp();
  });
  afterAll(async () => {
    await test.cleanup();
  });

  it('lets browsers keep hashed assets and revalidate the page', async () => {
    const assets = readdirSync(path.join(test.app.config.webDir, 'assets')).filter((name) => name.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    const asset = await test.http.inject({ url: `/assets/${assets[0]}` });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const url of ['/', '/index.html', '/w/company-a/dashboards/operations']) {
      const page = await test.http.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends the compressed copies of the build to browsers that accept them, the same bytes once decoded', async () => {
    const dir = path.join(test.app.config.webDir, 'assets');
    const main = readdirSync(dir).find((name) => /^main-.*\.js$/.test(name));
    expect(main).toBeDefined();
    const original = readFileSync(path.join(dir, main!));
    const br = await test.http.inject({ url: `/assets/${main}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
    const gz = await test.http.inject({ url: `/assets/${main}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);
    const plain = await test.http.inject({ url: `/assets/${main}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('answers a missing asset with 404, not the page', async () => {
    const missing = await test.http.inject({ url: '/assets/main-00000000.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/text\/html/);
  });
});
