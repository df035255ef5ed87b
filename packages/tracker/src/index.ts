/**
 * The browser tracker's entry point, built into `dist/t.js` and served at `GET /t.js`:
 *
 *   <script defer src="https://marketops.example.com/t.js" data-write-key="wk_..."></script>
 *
 * Reads its settings from its own tag, records a page view on load and on SPA navigation, and
 * replaces the `window.marketops = window.marketops || []` stub with the API, replaying the calls
 * pushed before it loaded.
 */
import { parseConfig, type ScriptTag } from './config';
import { createIdentity } from './identity';
import { debounced, observeNavigation } from './navigation';
import { createQueue, type Timers } from './queue';
import { cookieStore, localStore, memoryStore } from './storage';
import { createTracker, silentTracker, type MarketOps } from './tracker';
import { createTransport } from './transport';
import { uuid } from './uuid';

declare global {
  interface Window {
    marketops?: MarketOps | ArrayLike<unknown>[];
  }
}

/** Routers set the new title shortly after changing the URL. */
const NAVIGATION_SETTLE_MS = 100;

const timers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (handle) => window.clearTimeout(handle as number),
};
const warn = (message: string) => {
  if (typeof console !== 'undefined') console.warn(message);
};

function install(): void {
  const existing = window.marketops;
  if (existing !== undefined && !Array.isArray(existing)) return; // the tag is on the page twice
  const pending: ArrayLike<unknown>[] = Array.isArray(existing) ? existing.slice() : [];

  const script = (document.currentScript ?? document.querySelector('script[data-write-key]')) as ScriptTag | null;
  const parsed = script === null ? ({ ok: false, reason: 'cannot find its script tag' } as const) : parseConfig(script, location.href);
  if (!parsed.ok) {
    warn(`marketops: ${parsed.reason}`);
    return;
  }
  const { config } = parsed;
  if (config.respectDnt && navigator.doNotTrack === '1') {
    window.marketops = silentTracker();
    return;
  }

  const local = localStore(() => window.localStorage);
  const identity = createIdentity(local ?? cookieStore(document, location.protocol === 'https:'), local ?? memoryStore(), uuid);
  const transport = createTransport(config.host, config.writeKey, {
    fetch: (url, init) => window.fetch(url, init),
    sendBeacon: typeof navigator.sendBeacon === 'function' ? (url, data) => navigator.sendBeacon(url, data) : undefined,
    now: () => Date.now(),
  });
  const queue = createQueue({ send: transport.send, sendOnExit: transport.sendOnExit, timers, random: Math.random, warn });
  const tracker = createTracker({
    identity,
    enqueue: (message) => queue.enqueue(message),
    newId: uuid,
    warn,
    env: {
      location: () => location,
      title: () => document.title,
      documentReferrer: () => document.referrer,
      locale: () => navigator.language,
      userAgent: () => navigator.userAgent,
      now: () => new Date(),
    },
  });

  const navigation = debounced(() => tracker.autoPage(), NAVIGATION_SETTLE_MS, timers);
  observeNavigation(window, navigation.schedule);
  const leave = () => {
    navigation.runNow();
    queue.flushOnExit();
  };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });

  window.marketops = tracker;
  tracker.autoPage();
  for (const call of pending) tracker.push(call);
}

install();
