import { afterEach, describe, expect, it } from 'vitest';
import { inProcessDecoder, startDecodePool, type BodyDecoder } from './decode-pool';

const body = (n: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      batch: Array.from({ length: n }, (_, i) => ({ type: 'track', event: 'Signed Up', userId: `u${i}`, messageId: `m${i}`, timestamp: '2026-05-01T11:59:00.000Z' })),
    }),
  );

describe('decode pool (worker threads)', () => {
  let pool: BodyDecoder | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('answers exactly what decoding on the main thread answers, for many requests at once', async () => {
    pool = await startDecodePool(2);
    const local = inProcessDecoder();
    const receivedAtMs = Date.parse('2026-05-01T12:00:00.000Z');
    const requests = Array.from({ length: 20 }, (_, i) => ({ bytes: body(i + 1), receivedAtMs }));
    const [threaded, inline] = await Promise.all([Promise.all(requests.map((r) => pool!.decode(r))), Promise.all(requests.map((r) => local.decode(r)))]);
    // `now` differs between the calls only where an event time is clamped, which none of these is.
    expect(threaded).toEqual(inline);
    expect(threaded[19]).toMatchObject({ kind: 'ok', messageCount: 20 });
  });

  it('leaves the caller\'s bytes intact and refuses work once closed', async () => {
    pool = await startDecodePool(1);
    const bytes = body(3);
    const copy = bytes.slice();
    await pool.decode({ bytes, receivedAtMs: Date.now() });
    expect(bytes).toEqual(copy);
    await pool.close();
    await expect(pool.decode({ bytes, receivedAtMs: Date.now() })).rejects.toThrow(/closed/);
    pool = undefined;
  });

  it('refuses a pool without workers', async () => {
    await expect(startDecodePool(0)).rejects.toThrow(RangeError);
  });
});
