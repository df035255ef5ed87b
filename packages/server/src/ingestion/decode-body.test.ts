import { describe, expect, it } from 'vitest';
import { LINE_STRUCTURE } from '../events/duckdb/encode-row';
import { createBodyDecoder, UNSTORABLE_VALUE, type DecodedMessages } from './decode-body';

const decode = createBodyDecoder();
const receivedAtMs = Date.parse('2026-05-01T12:00:00.000Z');
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const ok = (value: unknown, routeType?: 'track') => {
  const result = decode({ bytes: bytes(value), receivedAtMs, ...(routeType ? { routeType } : {}) });
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as DecodedMessages;
};
const track = (extra: Record<string, unknown> = {}) => ({ type: 'track', event: 'Signed Up', userId: 'u1', messageId: 'm1', timestamp: '2026-05-01T11:59:00.000Z', ...extra });

describe('decodeTrackingBody', () => {
  it('refuses what is not UTF-8, not JSON, or not a batch envelope, saying why', () => {
    expect(decode({ bytes: new Uint8Array([0x7b, 0xff, 0x7d]), receivedAtMs })).toEqual({ kind: 'invalid', message: 'the body is not valid UTF-8' });
    expect(decode({ bytes: bytes('{"batch":['), receivedAtMs })).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^malformed JSON/) });
    expect(decode({ bytes: bytes({ batch: 'nope' }), receivedAtMs })).toMatchObject({ kind: 'invalid', path: 'batch' });
    expect(decode({ bytes: bytes([track()]), receivedAtMs, routeType: 'track' })).toEqual({ kind: 'invalid', message: 'expected a JSON object' });
  });

  it('encodes accepted messages as lines with every events column, in request order', () => {
    const result = ok({ batch: [track({ messageId: 'a' }), track({ messageId: 'b', event: 'Order Completed', properties: { total: 12.5, currency: 'EUR' } })], writeKey: 'wk_body' });
    expect(result.writeKey).toBe('wk_body');
    expect(result.messageIds).toEqual(['a', 'b']);
    expect(result.days).toEqual([Math.floor(Date.parse('2026-05-01T11:59:00.000Z') / 86_400_000), expect.any(Number)]);
    const line = JSON.parse(result.text.split("\n")[1] as string) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(Object.keys(LINE_STRUCTURE));
    expect(line).toMatchObject({ message_id: 'b', type: 'track', event: 'Order Completed', user_id: 'u1', revenue: '12.5000', currency: 'EUR', properties: { total: 12.5, currency: 'EUR' } });
    expect(result.rejected).toEqual([]);
  });

  it('keeps going past bad messages and reports each by index with its JSON text', () => {
    const result = ok({ batch: [42, track({ messageId: 'fine' }), track({ messageId: 'who', userId: null }), track({ messageId: 'rich', properties: { revenue: 1e15 } })] });
    expect(result.messageCount).toBe(4);
    expect(result.messageIds).toEqual(['fine']);
    expect(result.rejected.map(({ index, code }) => [index, code])).toEqual([
      [0, 'not-an-object'],
      [2, 'missing-identity'],
      [3, UNSTORABLE_VALUE],
    ]);
    expect(result.rejected[2]).toMatchObject({ field: 'revenue', reason: expect.stringMatching(/10\^14|range|large/i) });
    expect(JSON.parse(result.rejected[1]?.payload as string)).toMatchObject({ messageId: 'who' });
  });

  it('puts the batch context under each message and names the call type on single routes', () => {
    const result = ok({ batch: [track({ context: { locale: 'ja-JP' } })], context: { locale: 'zh-CN', ip: '203.0.113.9' } });
    expect(JSON.parse(result.text.split("\n")[0] as string).context).toEqual({ locale: 'ja-JP', ip: '203.0.113.9' });
    const single = ok({ ...track(), type: 'page' }, 'track');
    expect(JSON.parse(single.text).type).toBe('track');
  });
});
