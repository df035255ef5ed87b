import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from './harness';

/**
 * The hostile-input corpus of the tracking API. Each entry is a request and its documented
 * answer (docs/ingestion.md): a status, an error code for refused requests, or for 200 answers
 * the rejection code (and field) of each bad message and the warnings of accepted ones. After
 * the whole corpus the server still serves.
 */
let t: Awaited<ReturnType<typeof openTestApp>>;
let key: string;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-c');
  key = (await t.app.writeKeys.create('company-c', 'hostile')).key;
});
afterAll(() => t.cleanup());

const auth = () => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });
let seq = 0;
const id = () => `h-${++seq}`;
const track = (extra: Record<string, unknown> = {}) => ({ type: 'track', event: 'Hostile', userId: 'u-1', messageId: id(), ...extra });
const nest = (depth: number): unknown => (depth === 0 ? 'x' : { a: nest(depth - 1) });

interface Case {
  name: string;
  path?: string;
  body: unknown;
  raw?: boolean;
  headers?: Record<string, string>;
  noAuth?: boolean;
  status: number;
  error?: string;
  rejected?: [code: string, field?: string];
  warning?: string;
}

const tooBig = JSON.stringify({ batch: Array.from({ length: 20 }, () => track({ properties: { blob: 'x'.repeat(30_000) } })) });
const cases: Case[] = [
  // Requests refused whole
  { name: 'malformed JSON', body: '{"batch": [', raw: true, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'trailing garbage after JSON', body: '{"batch": []} xyz', raw: true, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'empty body', body: '', raw: true, status: 400 },
  { name: 'invalid UTF-8 bytes', body: Buffer.concat([Buffer.from('{"batch":[{"type":"track","event":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","userId":"u"}]}')]), raw: true, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'batch over 500 KB', body: tooBig, raw: true, status: 400, error: 'INGEST_PAYLOAD_TOO_LARGE' },
  { name: 'batch body is an array', body: [track()], status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'batch body is a string', body: '"hello"', raw: true, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'batch is not an array', body: { batch: { 0: track() } }, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'batch field missing', body: { messages: [track()] }, status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'single route with an array body', path: '/v1/track', body: [track()], status: 400, error: 'INGEST_PAYLOAD_INVALID' },
  { name: 'no write key', body: { batch: [track()] }, noAuth: true, status: 401, error: 'WRITE_KEY_INVALID' },
  { name: 'unknown write key', body: { batch: [track()] }, headers: { authorization: `Basic ${Buffer.from('wk_unknown:').toString('base64')}` }, status: 401, error: 'WRITE_KEY_INVALID' },
  { name: 'write key in the body is a number', body: { batch: [track()], writeKey: 12345 }, noAuth: true, status: 401, error: 'WRITE_KEY_INVALID' },
  { name: 'garbage Authorization header', body: { batch: [track()] }, headers: { authorization: 'Bearer nonsense' }, noAuth: true, status: 401, error: 'WRITE_KEY_INVALID' },
  { name: 'a 10 KB write key', body: { batch: [track()], writeKey: 'k'.repeat(10_000) }, noAuth: true, status: 401, error: 'WRITE_KEY_INVALID' },
  { name: 'unsupported content type', body: '<batch/>', raw: true, headers: { 'content-type': 'application/xml' }, status: 415 },
  // Messages rejected inside an accepted batch (200, listed, kept as dead letters)
  { name: 'entry is a number', body: { batch: [42] }, status: 200, rejected: ['not-an-object', ''] },
  { name: 'entry is null', body: { batch: [null] }, status: 200, rejected: ['not-an-object', ''] },
  { name: 'entry is an array', body: { batch: [[track()]] }, status: 200, rejected: ['not-an-object', ''] },
  { name: 'unknown call type', body: { batch: [{ ...track(), type: 'purchase' }] }, status: 200, rejected: ['invalid-shape', 'type'] },
  { name: 'missing call type', body: { batch: [{ event: 'x', userId: 'u', messageId: id() }] }, status: 200, rejected: ['invalid-shape', 'type'] },
  { name: 'track without event', body: { batch: [track({ event: undefined })] }, status: 200, rejected: ['missing-event-name', 'event'] },
  { name: 'track with empty event', body: { batch: [track({ event: '' })] }, status: 200, rejected: ['missing-event-name', 'event'] },
  { name: 'track with blank event', body: { batch: [track({ event: '   ' })] }, status: 200, rejected: ['missing-event-name', 'event'] },
  { name: 'event name is a number', body: { batch: [track({ event: 42 })] }, status: 200, rejected: ['invalid-shape', 'event'] },
  { name: 'event name of 300 characters', body: { batch: [track({ event: 'e'.repeat(300) })] }, status: 200, rejected: ['event-name-too-long', 'event'] },
  { name: 'no userId nor anonymousId', body: { batch: [track({ userId: undefined })] }, status: 200, rejected: ['missing-identity', 'userId'] },
  { name: 'blank ids', body: { batch: [track({ userId: '', anonymousId: '   ' })] }, status: 200, rejected: ['missing-identity', 'userId'] },
  { name: 'null ids', body: { batch: [track({ userId: null, anonymousId: null })] }, status: 200, rejected: ['missing-identity', 'userId'] },
  { name: 'userId is an object', body: { batch: [track({ userId: { id: 1 } })] }, status: 200, rejected: ['invalid-shape', 'userId'] },
  { name: 'userId of 300 characters', body: { batch: [track({ userId: 'u'.repeat(300) })] }, status: 200, rejected: ['id-too-long', 'userId'] },
  { name: 'messageId of 300 characters', body: { batch: [track({ messageId: 'm'.repeat(300) })] }, status: 200, rejected: ['message-id-too-long', 'messageId'] },
  { name: 'a 40 KB property', body: { batch: [track({ properties: { blob: 'x'.repeat(40_000) } })] }, status: 200, rejected: ['message-too-large', ''] },
  { name: 'nesting 40 levels deep', body: { batch: [track({ properties: nest(40) })] }, status: 200, rejected: ['too-deep'] },
  { name: 'nesting 5,000 levels deep', body: `{"batch":[{"type":"track","event":"x","userId":"u","properties":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}]}`, raw: true, status: 200, rejected: ['too-deep'] },
  { name: 'lone surrogate in a value', body: '{"batch":[{"type":"track","event":"x","userId":"u","properties":{"name":"\\ud800"}}]}', raw: true, status: 200, rejected: ['invalid-unicode', 'properties.name'] },
  { name: 'lone surrogate in a key', body: '{"batch":[{"type":"track","event":"x","userId":"u","properties":{"\\udc00":1}}]}', raw: true, status: 200, rejected: ['invalid-unicode'] },
  { name: 'properties is an array', body: { batch: [track({ properties: [1, 2] })] }, status: 200, rejected: ['invalid-shape', 'properties'] },
  { name: 'context is a string', body: { batch: [track({ context: 'web' })] }, status: 200, rejected: ['invalid-shape', 'context'] },
  { name: 'integrations is a number', body: { batch: [track({ integrations: 1 })] }, status: 200, rejected: ['invalid-shape', 'integrations'] },
  { name: 'timestamp in words', body: { batch: [track({ timestamp: 'yesterday' })] }, status: 200, rejected: ['invalid-timestamp', 'timestamp'] },
  { name: 'timestamp on February 30', body: { batch: [track({ timestamp: '2026-02-30T10:00:00Z' })] }, status: 200, rejected: ['invalid-timestamp', 'timestamp'] },
  { name: 'timestamp is a number', body: { batch: [track({ timestamp: 1700000000 })] }, status: 200, rejected: ['invalid-shape', 'timestamp'] },
  { name: 'ancient timestamp (1970)', body: { batch: [track({ timestamp: '1970-01-01T00:00:00Z' })] }, status: 200, rejected: ['timestamp-too-old', 'timestamp'] },
  { name: 'timestamp older than 5 years', body: { batch: [track({ timestamp: '2019-06-01T00:00:00Z' })] }, status: 200, rejected: ['timestamp-too-old', 'timestamp'] },
  { name: 'invalid batch sentAt', body: { batch: [track({ originalTimestamp: new Date().toISOString() })], sentAt: 'soon' }, status: 200, rejected: ['invalid-timestamp'] },
  { name: 'alias without previousId', body: { batch: [{ type: 'alias', userId: 'u-1', messageId: id() }] }, status: 200, rejected: ['missing-previous-id', 'previousId'] },
  { name: 'group without groupId', body: { batch: [{ type: 'group', userId: 'u-1', messageId: id() }] }, status: 200, rejected: ['missing-group-id', 'groupId'] },
  // Accepted, with a recorded warning where something was repaired
  { name: 'timestamp far in the future is clamped', body: { batch: [track({ timestamp: '2099-01-01T00:00:00Z' })] }, status: 200, warning: 'timestamp-clamped-future' },
  { name: 'no messageId: one is derived', body: { batch: [{ type: 'track', event: 'No id', userId: 'u-7', properties: { n: 1 } }] }, status: 200, warning: 'message-id-derived' },
  { name: 'revenue that is not a number', body: { batch: [track({ event: 'Order Completed', properties: { revenue: 'lots' } })] }, status: 200, warning: 'revenue-not-numeric' },
  { name: 'revenue beyond what DECIMAL(18,4) holds', body: { batch: [track({ event: 'Order Completed', properties: { revenue: 1e15 } })] }, status: 200, rejected: ['unstorable-value', 'revenue'] },
  { name: 'currency that is not ISO 4217', body: { batch: [track({ event: 'Order Completed', properties: { revenue: 10, currency: 'dollars' } })] }, status: 200, warning: 'currency-invalid' },
  { name: 'broken percent-encoding in a UTM value', body: { batch: [{ type: 'page', userId: 'u', messageId: id(), context: { page: { url: 'https://x.example/?utm_source=%E0%A4%A' } } }] }, status: 200, warning: 'campaign-value-undecodable' },
  { name: 'page URL that is not a URL', body: { batch: [{ type: 'page', userId: 'u', messageId: id(), context: { page: { url: ':::not a url' } } }] }, status: 200, warning: 'page-url-invalid' },
  { name: 'numeric userId', body: { batch: [track({ userId: 42 })] }, status: 200 },
  { name: 'null properties', body: { batch: [track({ properties: null })] }, status: 200 },
  { name: 'NUL characters in strings', body: { batch: [track({ event: 'nul\u0000inside', properties: { s: 'a\u0000b' } })] }, status: 200 },
  { name: '__proto__ and constructor keys', body: '{"batch":[{"type":"track","event":"proto","userId":"u","properties":{"__proto__":{"polluted":true},"constructor":{"prototype":1}}}]}', raw: true, status: 200 },
  { name: 'CJK, RTL and emoji text', body: { batch: [track({ event: '购买完成 注文完了 🎉', properties: { name: 'مرحبا', jp: '東京' } })] }, status: 200 },
  { name: 'an empty batch', body: { batch: [] }, status: 200 },
  { name: 'unknown extra fields are kept, not rejected', body: { batch: [track({ _metadata: { bundled: [] }, version: 2, channel: 'server' })] }, status: 200 },
];

describe('hostile inputs to the tracking API', () => {
  it.each(cases)('$name -> $status', async (c) => {
    const payload = c.raw ? (c.body as string | Buffer) : JSON.stringify(c.body);
    const res = await t.http.inject({
      method: 'POST',
      url: c.path ?? '/v1/batch',
      payload,
      headers: { 'content-type': 'application/json', ...(c.noAuth ? {} : auth()), ...c.headers },
    });
    expect(res.statusCode).toBe(c.status);
    const body = res.json();
    if (c.error) expect(body.error.code).toBe(c.error);
    if (c.rejected) {
      expect(body.rejected).toHaveLength(1);
      expect(body.rejected[0].code).toBe(c.rejected[0]);
      if (c.rejected[1] !== undefined) expect(body.rejected[0].field).toBe(c.rejected[1]);
    } else if (c.status === 200) {
      expect(body.rejected).toEqual([]);
    }
    if (c.warning) {
      const events = await t.app.events.read({ workspaceId: 'company-c', receivedAfter: new Date(Date.now() - 60_000) });
      expect(events.some((e) => e.warnings.includes(c.warning!))).toBe(true);
    }
  });

  it('a duplicate batch is acknowledged and stored once', async () => {
    const batch = [track(), track(), track()];
    const send = () => t.http.inject({ method: 'POST', url: '/v1/batch', payload: { batch }, headers: auth() });
    expect((await send()).json()).toMatchObject({ accepted: 3, duplicates: 0 });
    expect((await send()).json()).toMatchObject({ accepted: 0, duplicates: 3 });
  });

  it('no prototype was polluted, every rejected message was kept, and the server still serves', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const rejectedCases = cases.filter((c) => c.rejected).length;
    const letters = await t.app.ingestionAdmin.listDeadLetters('company-c', { status: 'pending', limit: 1000 });
    expect(letters).toHaveLength(rejectedCases);
    expect((await t.http.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const ok = await t.http.inject({ method: 'POST', url: '/v1/track', payload: { event: 'Still fine', userId: 'u-1' }, headers: auth() });
    expect(ok.json()).toMatchObject({ accepted: 1 });
  });

  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
});
