import { describe, expect, it } from 'vitest';
import { createIdentity } from './identity';
import { memoryStore } from './storage';
import { createTracker, silentTracker } from './tracker';
import type { Message } from './types';

/** A tracker on a fake page whose location and title the test changes, collecting messages. */
function harness(referrer = 'https://weibo.com/') {
  const page = { href: 'https://shop.example/?utm_source=weibo', pathname: '/', search: '?utm_source=weibo', title: 'Home' };
  const messages: Message[] = [];
  const warnings: string[] = [];
  let n = 0;
  const store = memoryStore();
  const tracker = createTracker({
    identity: createIdentity(store, store, () => 'aid-1'),
    enqueue: (m) => void messages.push(m),
    newId: () => `msg-${++n}`,
    warn: (w) => void warnings.push(w),
    env: {
      location: () => page,
      title: () => page.title,
      documentReferrer: () => referrer,
      locale: () => 'zh-CN',
      userAgent: () => 'UA',
      now: () => new Date('2025-03-01T12:00:00Z'),
    },
  });
  const navigate = (href: string, title: string) => {
    const url = new URL(href);
    Object.assign(page, { href, pathname: url.pathname, search: url.search, title });
  };
  return { tracker, messages, warnings, navigate, store };
}

describe('tracker messages', () => {
  it('a page view carries context.page, locale, userAgent, library, ids and the original timestamp', () => {
    const { tracker, messages } = harness();
    tracker.autoPage();
    const page = { url: 'https://shop.example/?utm_source=weibo', path: '/', referrer: 'https://weibo.com/', title: 'Home', search: '?utm_source=weibo' };
    expect(messages).toEqual([
      {
        type: 'page',
        messageId: 'msg-1',
        originalTimestamp: '2025-03-01T12:00:00.000Z',
        anonymousId: 'aid-1',
        properties: page,
        context: { page, locale: 'zh-CN', userAgent: 'UA', library: { name: 'marketops-tracker', version: expect.any(String) } },
      },
    ]);
  });

  it('SPA navigation: one page view per new URL, referrer = the previous URL', () => {
    const { tracker, messages, navigate } = harness();
    tracker.autoPage();
    tracker.autoPage();
    navigate('https://shop.example/pricing', 'Pricing');
    tracker.autoPage();
    tracker.autoPage();
    expect(messages.map((m) => [m.context.page.url, m.context.page.referrer, m.context.page.title])).toEqual([
      ['https://shop.example/?utm_source=weibo', 'https://weibo.com/', 'Home'],
      ['https://shop.example/pricing', 'https://shop.example/?utm_source=weibo', 'Pricing'],
    ]);
  });

  it('track and identify; the user id then goes on every message', () => {
    const { tracker, messages, store } = harness();
    tracker.track('Signed Up', { plan: 'pro' });
    tracker.identify('u-1', { email: 'li@example.com' });
    tracker.page('Pricing', { tab: 'yearly' });
    expect(messages.map((m) => [m.type, m.event ?? m.name, m.userId, m.properties ?? m.traits])).toEqual([
      ['track', 'Signed Up', undefined, { plan: 'pro' }],
      ['identify', undefined, 'u-1', { email: 'li@example.com' }],
      ['page', 'Pricing', 'u-1', expect.objectContaining({ tab: 'yearly', url: 'https://shop.example/?utm_source=weibo' })],
    ]);
    expect(store.get('mo_uid')).toBe('u-1');
  });

  it('push runs queued calls; bad calls warn and send nothing', () => {
    const { tracker, messages, warnings } = harness();
    tracker.push(['track', 'Stub', { early: true }]);
    tracker.push(['identify', 'u-9']);
    tracker.push(['nope']);
    tracker.track('');
    tracker.identify(undefined as unknown as string);
    expect(messages.map((m) => m.type)).toEqual(['track', 'identify']);
    expect(messages[0]!.properties).toEqual({ early: true });
    expect(warnings).toHaveLength(3);
  });

  it('a manual page() at the current URL keeps the next automatic one from repeating it', () => {
    const { tracker, messages } = harness();
    tracker.page();
    tracker.autoPage();
    expect(messages).toHaveLength(1);
  });

  it('properties that are not objects are sent as {}', () => {
    const { tracker, messages } = harness();
    tracker.track('X', [1, 2] as unknown as Record<string, unknown>);
    expect(messages[0]!.properties).toEqual({});
  });

  it('the silent tracker (Do Not Track) has the same API and does nothing', () => {
    const silent = silentTracker();
    expect(() => {
      silent.track('x');
      silent.push(['track', 'x']);
    }).not.toThrow();
    expect(silent.anonymousId()).toBe('');
  });
});
