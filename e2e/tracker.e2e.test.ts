import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@marketops/server';
import { eventually, launchBrowser, openSession, type Session } from './helpers/browser';

/** The fields of a stored event (`GET /api/workspaces/{ws}/events`) these tests read. */
interface EventRow {
  readonly type: string;
  readonly event: string | null;
  readonly messageId: string;
  readonly anonymousId: string | null;
  readonly userId: string | null;
  readonly channel: string;
  readonly campaign: { readonly source: string | null; readonly medium: string | null; readonly name: string | null };
  readonly pageUrl: string | null;
  readonly pagePath: string | null;
  readonly referrer: string | null;
  readonly properties: Record<string, unknown>;
  readonly traits: Record<string, unknown>;
  readonly context: {
    readonly page?: Record<string, unknown>;
    readonly locale?: string;
    readonly userAgent?: string;
    readonly library?: { readonly name?: string; readonly version?: string };
  };
}

const TRACKER_FILE = path.resolve(import.meta.dirname, '../packages/tracker/dist/t.js');
const CAMPAIGN = '?utm_source=weibo&utm_medium=social&utm_campaign=launch';

/**
 * A customer's website on its own origin: every page carries the tracker's script tag, pointing at
 * MarketOps' `/t.js` with a write key, and the landing page queues a call before the tracker loads.
 */
function siteHtml(pathname: string, trackerSrc: string, writeKey: string): string {
  const title = pathname === '/' ? 'Home' : 'Launch';
  const stub = pathname === '/landing' ? `<script>window.marketops = window.marketops || []; marketops.push(['track', 'Stub Queued', { early: true }]);</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${stub}
<script defer src="${trackerSrc}" data-write-key="${writeKey}"></script></head>
<body><h1>${title}</h1><a id="launch" href="/landing${CAMPAIGN}">Launch offer</a></body></html>`;
}

describe('browser tracker', () => {
  let dataDir: string;
  let marketops: RunningServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  let session: Session;
  let anonymousId: string;
  const requests: { url: string; method: string; contentType: string | undefined }[] = [];
  const laterErrors: string[] = [];

  const events = async (): Promise<EventRow[]> => {
    const res = await fetch(`${marketops.url}/api/workspaces/company-a/events?limit=1000`);
    expect(res.status).toBe(200);
    return (await res.json()) as EventRow[];
  };
  /** Polls until an event matches, then returns it. */
  const stored = async (match: (e: EventRow) => boolean): Promise<EventRow> => {
    await eventually(async () => (await events()).some(match)).toBe(true);
    return (await events()).find(match)!;
  };
  const watch = (page: Page) => page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), contentType: request.headers()['content-type'] }));

  beforeAll(async () => {
    expect(existsSync(TRACKER_FILE), 'the tracker is not built: run `npm run build:tracker`').toBe(true);
    dataDir = await mkdtemp(path.join(tmpdir(), 'marketops-tracker-e2e-'));
    marketops = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: true, logLevel: 'silent' });
    const created = await fetch(`${marketops.url}/api/workspaces/company-a/write-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'website' }),
    });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };

    site = createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://site').pathname;
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(siteHtml(pathname, `${marketops.url}/t.js`, key));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    expect(new URL(siteUrl).origin).not.toBe(new URL(marketops.url).origin);

    browser = await launchBrowser();
    session = await openSession(browser, siteUrl);
    watch(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await marketops?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('serves /t.js as cacheable JavaScript to any origin', async () => {
    const res = await fetch(`${marketops.url}/t.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await res.text()).length).toBeGreaterThan(1000);
  });

  it('records page views with url, referrer, campaign and channel, under one anonymous id', async () => {
    const { page } = session;
    await page.goto('/');
    const home = await stored((e) => e.type === 'page' && e.pagePath === '/');
    expect(home).toMatchObject({ pageUrl: `${siteUrl}/`, referrer: null, channel: 'Direct', userId: null });
    anonymousId = home.anonymousId!;
    expect(anonymousId).toMatch(/^[0-9a-f-]{36}$/);

    await page.locator('#launch').click();
    const landing = await stored((e) => e.type === 'page' && e.pagePath === '/landing');
    expect(landing).toMatchObject({
      anonymousId,
      pageUrl: `${siteUrl}/landing${CAMPAIGN}`,
      // Why the full URL: a same-origin navigation keeps the path under the default referrer policy.
      referrer: `${siteUrl}/`,
      campaign: { source: 'weibo', medium: 'social', name: 'launch' },
      channel: 'Organic Social',
    });
    expect(landing.context.page).toEqual({ url: `${siteUrl}/landing${CAMPAIGN}`, path: '/landing', referrer: `${siteUrl}/`, title: 'Launch', search: CAMPAIGN });
    expect(landing.context).toMatchObject({ locale: 'en-US', library: { name: 'marketops-tracker', version: expect.any(String) } });
    expect(landing.context.userAgent).toContain('Chrome');

    const early = await stored((e) => e.event === 'Stub Queued');
    expect(early).toMatchObject({ anonymousId, properties: { early: true }, pageUrl: `${siteUrl}/landing${CAMPAIGN}` });
  });

  it('track and identify from the page; the user id then goes on every call', async () => {
    const { page } = session;
    await page.evaluate(() => {
      const api = window.marketops as { track(e: string, p?: object): void; identify(u: string, t?: object): void };
      api.track('Signed Up', { plan: 'pro' });
      api.identify('u-1', { email: 'li@example.com' });
    });
    const signedUp = await stored((e) => e.event === 'Signed Up');
    expect(signedUp).toMatchObject({ type: 'track', anonymousId, userId: null, properties: { plan: 'pro' }, campaign: { source: 'weibo' } });
    const identify = await stored((e) => e.type === 'identify');
    expect(identify).toMatchObject({ anonymousId, userId: 'u-1', traits: { email: 'li@example.com' } });
  });

  it('records a page view on SPA navigation, once per URL, with the previous page as referrer', async () => {
    const { page } = session;
    await page.evaluate(async () => {
      history.pushState({}, '', '/pricing');
      document.title = 'Pricing';
      await new Promise((resolve) => setTimeout(resolve, 300));
      history.replaceState({ tab: 2 }, '', '/pricing'); // same URL: not a new page view
      await new Promise((resolve) => setTimeout(resolve, 300));
      (window.marketops as { track(e: string): void }).track('After Replace');
    });
    const pricing = await stored((e) => e.type === 'page' && e.pagePath === '/pricing');
    expect(pricing).toMatchObject({ anonymousId, userId: 'u-1', pageUrl: `${siteUrl}/pricing`, referrer: `${siteUrl}/landing${CAMPAIGN}`, channel: 'Direct' });
    expect(pricing.context.page).toMatchObject({ title: 'Pricing' });
    await stored((e) => e.event === 'After Replace');
    // Batches go out in order, so once the later track call is stored every earlier page view is too.
    expect((await events()).filter((e) => e.type === 'page' && e.pagePath === '/pricing')).toHaveLength(1);
  });

  it('sends what is queued when the page closes (pagehide + sendBeacon)', async () => {
    const { page } = session;
    await page.evaluate(() => (window.marketops as { track(e: string, p?: object): void }).track('Left Page', { last: true }));
    await page.close({ runBeforeUnload: true });
    const left = await stored((e) => e.event === 'Left Page');
    expect(left).toMatchObject({ anonymousId, userId: 'u-1', properties: { last: true } });
  });

  it('keeps the anonymous id and the user id across a reload, in localStorage and no cookie', async () => {
    const page = await session.context.newPage();
    watch(page);
    page.on('console', (message) => {
      if (message.type() === 'error') laterErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => laterErrors.push(`pageerror: ${error.message}`));
    await page.goto(`/landing${CAMPAIGN}&again=1`);
    expect(await page.evaluate(() => localStorage.getItem('mo_aid'))).toBe(anonymousId);
    const again = await stored((e) => e.type === 'page' && (e.pageUrl ?? '').endsWith('again=1'));
    expect(again).toMatchObject({ anonymousId, userId: 'u-1' });
    expect(await page.evaluate(() => (window.marketops as { anonymousId(): string }).anonymousId())).toBe(anonymousId);
    expect(await session.context.cookies()).toEqual([]);
    await page.close({ runBeforeUnload: true });
  });

  it('talks only to the site and MarketOps, without preflights, and logs no errors', () => {
    const origins = new Set(requests.map((r) => new URL(r.url).origin));
    expect([...origins].sort()).toEqual([new URL(marketops.url).origin, siteUrl].sort());
    // Why text/plain: a CORS-safelisted content type, so the cross-origin POST needs no preflight.
    const batches = requests.filter((r) => r.url === `${marketops.url}/v1/batch`);
    expect(batches.length).toBeGreaterThan(0);
    expect(new Set(batches.map((r) => `${r.method} ${r.contentType}`))).toEqual(new Set(['POST text/plain']));
    expect(session.errors).toEqual([]);
    expect(laterErrors).toEqual([]);
  });
});
