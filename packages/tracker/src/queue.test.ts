import { describe, expect, it } from 'vitest';
import { createQueue, DEFAULT_QUEUE_OPTIONS, type QueueDeps } from './queue';
import { ManualClock, message, settled } from './test-fakes';
import type { Message, SendOutcome } from './types';

/** A queue whose sends answer from a script of outcomes (then `ok`), recording every batch. */
function harness(outcomes: SendOutcome[] = [], options = DEFAULT_QUEUE_OPTIONS) {
  const clock = new ManualClock();
  const sent: string[][] = [];
  const beaconed: string[][] = [];
  const warnings: string[] = [];
  const deps: QueueDeps = {
    send: async (batch: readonly Message[]) => {
      sent.push(batch.map((m) => m.messageId));
      return outcomes.shift() ?? { kind: 'ok' };
    },
    sendOnExit: (batch) => void beaconed.push(batch.map((m) => m.messageId)),
    timers: clock,
    random: () => 1,
    warn: (w) => void warnings.push(w),
  };
  return { queue: createQueue(deps, options), clock, sent, beaconed, warnings };
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `m${from + i}`);

describe('the send queue', () => {
  it('sends a partial batch one interval after its first message', async () => {
    const { queue, clock, sent } = harness();
    queue.enqueue(message(1));
    clock.advance(500);
    queue.enqueue(message(2));
    expect(sent).toEqual([]);
    clock.advance(500);
    await settled();
    expect(sent).toEqual([['m1', 'm2']]);
    expect(queue.size()).toBe(0);
  });

  it('sends a full batch of 20 at once, the rest after the interval', async () => {
    const { queue, clock, sent } = harness();
    for (let i = 1; i <= 25; i++) queue.enqueue(message(i));
    expect(sent).toEqual([ids(1, 20)]);
    await settled();
    expect(sent).toHaveLength(1);
    clock.advance(1000);
    await settled();
    expect(sent).toEqual([ids(1, 20), ids(21, 25)]);
  });

  it('keeps one batch in flight at a time, so order is kept', async () => {
    const { queue, sent } = harness();
    for (let i = 1; i <= 40; i++) queue.enqueue(message(i));
    expect(sent).toEqual([ids(1, 20)]);
    await settled();
    expect(sent).toEqual([ids(1, 20), ids(21, 40)]);
  });

  it('retries network errors, 429 and 5xx with exponential backoff, honouring Retry-After', async () => {
    const { queue, clock, sent } = harness([{ kind: 'retry' }, { kind: 'retry' }, { kind: 'retry', retryAfterMs: 10_000 }]);
    queue.enqueue(message(1));
    clock.advance(1000);
    await settled();
    // random() = 1: the top of each jitter range, base 1 s doubling.
    expect(clock.armed()).toEqual([1000]);
    clock.advance(1000);
    await settled();
    expect(clock.armed()).toEqual([2000]);
    queue.enqueue(message(2)); // waits behind the retry, does not trigger a send
    clock.advance(2000);
    await settled();
    expect(clock.armed()).toEqual([10_000]);
    clock.advance(10_000);
    await settled();
    expect(sent).toEqual([['m1'], ['m1'], ['m1', 'm2'], ['m1', 'm2']]);
    expect(queue.size()).toBe(0);
  });

  it('gives up on a message after maxAttempts sends, with one warning', async () => {
    const options = { ...DEFAULT_QUEUE_OPTIONS, backoff: { baseMs: 10, maxMs: 100, maxAttempts: 3 } };
    const { queue, clock, sent, warnings } = harness(Array.from({ length: 10 }, () => ({ kind: 'retry' as const })), options);
    queue.enqueue(message(1));
    for (let i = 0; i < 10; i++) {
      clock.advance(1000);
      await settled();
    }
    expect(sent).toEqual([['m1'], ['m1'], ['m1']]);
    expect(queue.size()).toBe(0);
    expect(warnings).toEqual(['marketops: server unreachable; 1 events dropped']);
  });

  it('never retries what the server refuses; warns once per status', async () => {
    const { queue, clock, sent, warnings } = harness([{ kind: 'drop', status: 400 }, { kind: 'drop', status: 400 }]);
    queue.enqueue(message(1));
    clock.advance(1000);
    await settled();
    queue.enqueue(message(2));
    clock.advance(1000);
    await settled();
    clock.advance(60_000);
    await settled();
    expect(sent).toEqual([['m1'], ['m2']]);
    expect(warnings).toEqual(['marketops: HTTP 400; 1 events dropped']);
  });

  it('keeps at most maxQueued messages, dropping the oldest with one warning', async () => {
    const { queue, clock, sent, warnings } = harness([{ kind: 'retry' }]);
    queue.enqueue(message(0));
    clock.advance(1000); // m0 fails, the queue backs off
    await settled();
    for (let i = 1; i <= 600; i++) queue.enqueue(message(i));
    expect(queue.size()).toBe(500);
    expect(warnings).toEqual(['marketops: over 500 events unsent; dropping the oldest']);
    clock.advance(1000);
    await settled();
    expect(sent[1]).toEqual(ids(101, 120));
  });

  it('on exit hands everything unacknowledged to sendOnExit, in batches, the one in flight included', async () => {
    const { queue, clock, sent, beaconed } = harness();
    for (let i = 1; i <= 45; i++) queue.enqueue(message(i));
    expect(sent).toEqual([ids(1, 20)]); // in flight, not yet answered
    queue.flushOnExit();
    expect(beaconed).toEqual([ids(1, 20), ids(21, 40), ids(41, 45)]);
    expect(queue.size()).toBe(0);
    await settled();
    clock.advance(5000);
    await settled();
    expect(sent).toHaveLength(1);
  });

  it('on exit also sends what is waiting for a retry, and forgets the retry', async () => {
    const { queue, clock, sent, beaconed } = harness([{ kind: 'retry' }]);
    queue.enqueue(message(1));
    clock.advance(1000);
    await settled();
    queue.flushOnExit();
    expect(beaconed).toEqual([['m1']]);
    clock.advance(60_000);
    await settled();
    expect(sent).toEqual([['m1']]);
    expect(clock.armed()).toEqual([]);
  });

  it('treats a rejected send as a retry', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const queue = createQueue({
      send: () => (calls++ === 0 ? Promise.reject(new Error('boom')) : Promise.resolve({ kind: 'ok' as const })),
      sendOnExit: () => undefined,
      timers: clock,
      random: () => 0,
      warn: () => undefined,
    });
    queue.enqueue(message(1));
    clock.advance(1000);
    await settled();
    expect(clock.armed()).toEqual([500]); // random() = 0: the bottom of the jitter range
    clock.advance(500);
    await settled();
    expect(calls).toBe(2);
    expect(queue.size()).toBe(0);
  });
});
