import type { Identity } from './identity';
import { createPageViewDedupe, pageInfo, type LocationLike } from './page-info';
import type { Message, MessageContext, Properties } from './types';
import { LIBRARY_NAME, TRACKER_VERSION } from './version';

/** What the tracker reads from the page, behind functions so the tracker runs in Node tests. */
export interface PageEnvironment {
  location(): LocationLike;
  title(): string;
  /** `document.referrer`: the referrer of the first page view. */
  documentReferrer(): string;
  locale(): string;
  userAgent(): string;
  now(): Date;
}

export interface TrackerDeps {
  readonly identity: Identity;
  readonly enqueue: (message: Message) => void;
  readonly env: PageEnvironment;
  readonly newId: () => string;
  readonly warn: (message: string) => void;
}

/**
 * The public API, `window.marketops`. Plain functions: `const { track } = marketops` works too.
 *
 * @example marketops.track('Signed Up', { plan: 'pro' })
 */
export interface MarketOps {
  /** Records an event, e.g. `track('Signed Up', { plan: 'pro' })`. */
  track(event: string, properties?: Properties): void;
  /** Ties this browser to a user id (remembered across reloads) and records traits. */
  identify(userId: string, traits?: Properties): void;
  /** Records a page view; the tracker already records one on load and on SPA navigation. */
  page(name?: string, properties?: Properties): void;
  /** Forgets the user id and starts a new anonymous id (on logout). */
  reset(): void;
  /** The first-party anonymous id of this browser. */
  anonymousId(): string;
  /** Runs a queued call, `['track', 'Signed Up', { plan: 'pro' }]`: the stub's `push` keeps working after load. */
  push(call: ArrayLike<unknown>): void;
}

export interface Tracker extends MarketOps {
  /** Records a page view unless the URL is the one last recorded (on load and SPA navigation). */
  autoPage(): void;
}

type MessageFields = Pick<Message, 'type'> & Partial<Pick<Message, 'event' | 'name' | 'properties' | 'traits'>>;

/**
 * Builds Segment-spec messages (ids, timestamps, context) and hands them to the queue. Every
 * message carries `context.page` because the server derives UTM fields and click ids from its
 * URL and the channel from its referrer.
 *
 * @example const tracker = createTracker(deps); tracker.autoPage();
 */
export function createTracker(deps: TrackerDeps): Tracker {
  const { env, identity } = deps;
  const pageViews = createPageViewDedupe();
  // The referrer of the current page view: document.referrer, then the previous URL after SPA navigation.
  let referrer = env.documentReferrer();

  const currentPage = () => pageInfo(env.location(), env.title(), referrer);
  const context = (): MessageContext => ({
    page: currentPage(),
    locale: env.locale(),
    userAgent: env.userAgent(),
    library: { name: LIBRARY_NAME, version: TRACKER_VERSION },
  });
  const emit = (fields: MessageFields) => {
    const userId = identity.userId();
    const message: Message = Object.assign(
      { messageId: deps.newId(), originalTimestamp: env.now().toISOString(), anonymousId: identity.anonymousId() },
      userId === undefined ? {} : { userId },
      fields,
      { context: context() },
    );
    deps.enqueue(message);
  };
  // Why the page fields in properties too: Segment's analytics.js sends them there, and reports built for it read them.
  const emitPage = (name: string | undefined, properties: Properties) =>
    emit(Object.assign({ type: 'page' as const, properties: Object.assign(currentPage(), properties) }, name === undefined ? {} : { name }));

  const tracker: Tracker = {
    autoPage() {
      const next = pageViews.next(env.location().href);
      if (next === null) return;
      if (next.previous !== '') referrer = next.previous;
      emitPage(undefined, {});
    },
    track(event, properties) {
      if (!isText(event)) return deps.warn('marketops.track needs an event name');
      emit({ type: 'track', event, properties: objectOrEmpty(properties) });
    },
    identify(userId, traits) {
      const id = typeof userId === 'number' ? String(userId) : userId;
      if (!isText(id)) return deps.warn('marketops.identify needs a user id');
      identity.setUserId(id);
      emit({ type: 'identify', traits: objectOrEmpty(traits) });
    },
    page(name, properties) {
      pageViews.record(env.location().href);
      emitPage(isText(name) ? name : undefined, objectOrEmpty(properties));
    },
    reset: () => identity.reset(),
    anonymousId: () => identity.anonymousId(),
    push(call) {
      const [method, a, b] = Array.prototype.slice.call(call) as [unknown, never, never];
      if (method === 'track' || method === 'identify' || method === 'page' || method === 'reset') tracker[method](a, b);
      else deps.warn(`marketops: unknown call ${String(method)}`);
    },
  };
  return tracker;
}

/** A tracker that records nothing (Do Not Track honoured): the same API, so pages never break. */
export function silentTracker(): MarketOps {
  const none = () => undefined;
  return { track: none, identify: none, page: none, reset: none, push: none, anonymousId: () => '' };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function objectOrEmpty(value: unknown): Properties {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Properties) : {};
}
