import { describe, expect, it } from 'vitest';
import { abortableReader, RequestAbortedError } from './abortable-reader';

describe('abortableReader', () => {
  it('runs queries until the signal aborts, then refuses to start any', async () => {
    const ran: string[] = [];
    const reader = { query: async (sql: string) => (ran.push(sql), [{ sql }]) };
    const controller = new AbortController();
    const guarded = abortableReader(reader, controller.signal);
    await expect(guarded.query('one')).resolves.toEqual([{ sql: 'one' }]);
    controller.abort();
    await expect(guarded.query('two')).rejects.toBeInstanceOf(RequestAbortedError);
    expect(ran).toEqual(['one']);
  });

  it('is the reader itself without a signal', () => {
    const reader = { query: async () => [] };
    expect(abortableReader(reader, undefined)).toBe(reader);
  });
});
