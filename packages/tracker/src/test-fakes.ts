/**
 * Test doubles shared by the tracker's unit tests (never bundled: only tests import this file).
 */
import type { Timers } from './queue';
import type { Message } from './types';

/** Timers driven by hand: `advance(ms)` runs every callback that falls due, in order. */
export class ManualClock implements Timers {
  now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Delays of the timers still armed, from now. */
  armed(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.now);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

/** A minimal message; `n` becomes its messageId and event name. */
export function message(n: number): Message {
  return {
    type: 'track',
    event: `e${n}`,
    messageId: `m${n}`,
    originalTimestamp: '2025-01-01T00:00:00.000Z',
    anonymousId: 'a',
    context: {
      page: { url: 'https://shop.example/', path: '/', referrer: '', title: 'Shop', search: '' },
      locale: 'en-US',
      userAgent: 'test',
      library: { name: 'marketops-tracker', version: '0' },
    },
  };
}

/** Lets pending promise callbacks run. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
