import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { Message, SendOutcome } from './types';

export interface QueueOptions {
  /** Messages per batch; a full batch is sent at once. */
  readonly flushAt: number;
  /** A partial batch is sent this long after its first message. */
  readonly flushIntervalMs: number;
  /** Unsent messages kept in memory; beyond it the oldest are dropped. */
  readonly maxQueued: number;
  readonly backoff: BackoffPolicy;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = { flushAt: 20, flushIntervalMs: 1000, maxQueued: 500, backoff: DEFAULT_BACKOFF };

/** Timers, injected so that tests drive time by hand. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface QueueDeps {
  /** One POST of a batch; must not reject (network errors are a `retry` outcome). */
  send(batch: readonly Message[]): Promise<SendOutcome>;
  /** A fire-and-forget send that outlives the page (sendBeacon). */
  sendOnExit(batch: readonly Message[]): void;
  readonly timers: Timers;
  random(): number;
  warn(message: string): void;
}

interface Item {
  readonly message: Message;
  attempts: number;
}

interface Batch {
  readonly items: Item[];
  /** Set when the page hid while the batch was in flight and it was beaconed again. */
  handedOff: boolean;
}

/** The send queue's operations. */
export interface BatchQueue {
  enqueue(message: Message): void;
  /** Sends the next batch now, unless one is in flight or the queue is waiting to retry. */
  flush(): void;
  /**
   * The page is going away (pagehide, or hidden, which may be the last chance on mobile): hands
   * every unacknowledged message to `sendOnExit`, the batch in flight included. Why resend that
   * one: its request may be cancelled with the page; the server dedupes on messageId.
   */
  flushOnExit(): void;
  /** Messages not yet acknowledged by the server (queued and in flight). */
  size(): number;
}

/**
 * The send queue: batches messages (at `flushAt`, or `flushIntervalMs` after the first one), one
 * batch in flight at a time so order is kept, retries with backoff on network errors, 429 and
 * 5xx, gives up after `maxAttempts`, drops (and warns once per status) what the server refuses,
 * and keeps at most `maxQueued` messages in memory. Why closures, not a class: the minifier can
 * shorten local names but not property names, and the tracker is shipped to every page view.
 *
 * @example const queue = createQueue(deps); queue.enqueue(message);
 */
export function createQueue(deps: QueueDeps, options: QueueOptions = DEFAULT_QUEUE_OPTIONS): BatchQueue {
  let items: Item[] = [];
  let inFlight: Batch | null = null;
  let timer: unknown = null;
  let backingOff = false;
  const warned: Record<string, true> = {};

  const size = () => items.length + (inFlight === null ? 0 : inFlight.items.length);

  const warnOnce = (key: string, message: string) => {
    if (warned[key]) return;
    warned[key] = true;
    deps.warn(message);
  };

  const clearTimer = () => {
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
  };

  const enforceBound = () => {
    const excess = size() - options.maxQueued;
    if (excess <= 0) return;
    items.splice(0, Math.min(excess, items.length));
    warnOnce('overflow', `marketops: over ${options.maxQueued} events unsent; dropping the oldest`);
  };

  const flush = () => {
    if (inFlight !== null || backingOff || items.length === 0) return;
    clearTimer();
    const batch: Batch = { items: items.splice(0, options.flushAt), handedOff: false };
    inFlight = batch;
    deps
      .send(batch.items.map((item) => item.message))
      .catch((): SendOutcome => ({ kind: 'retry' }))
      .then((outcome) => settle(batch, outcome));
  };

  /** Sends a full batch now, or arms the interval timer for a partial one. */
  const schedule = () => {
    if (inFlight !== null || backingOff || items.length === 0) return;
    if (items.length >= options.flushAt) flush();
    else if (timer === null) {
      timer = deps.timers.set(() => {
        timer = null;
        flush();
      }, options.flushIntervalMs);
    }
  };

  const retryLater = (failed: Item[], retryAfterMs: number | undefined) => {
    let attempts = 0;
    const kept = failed.filter((item) => {
      attempts = Math.max(attempts, ++item.attempts);
      return item.attempts < options.backoff.maxAttempts;
    });
    if (kept.length < failed.length) warnOnce('gave-up', `marketops: server unreachable; ${failed.length - kept.length} events dropped`);
    items = kept.concat(items);
    enforceBound();
    if (items.length === 0) return;
    backingOff = true;
    clearTimer();
    timer = deps.timers.set(() => {
      timer = null;
      backingOff = false;
      flush();
    }, backoffDelay(attempts, options.backoff, deps.random, retryAfterMs));
  };

  const settle = (batch: Batch, outcome: SendOutcome) => {
    if (batch.handedOff) return;
    inFlight = null;
    if (outcome.kind === 'retry') return retryLater(batch.items, outcome.retryAfterMs);
    if (outcome.kind === 'drop') warnOnce(`s${outcome.status}`, `marketops: HTTP ${outcome.status}; ${batch.items.length} events dropped`);
    schedule();
  };

  return {
    size,
    flush,
    enqueue(message) {
      items.push({ message, attempts: 0 });
      enforceBound();
      schedule();
    },
    flushOnExit() {
      const pending = (inFlight === null ? [] : inFlight.items).concat(items);
      if (inFlight !== null) inFlight.handedOff = true;
      inFlight = null;
      items = [];
      backingOff = false;
      clearTimer();
      for (let i = 0; i < pending.length; i += options.flushAt) {
        deps.sendOnExit(pending.slice(i, i + options.flushAt).map((item) => item.message));
      }
    },
  };
}
