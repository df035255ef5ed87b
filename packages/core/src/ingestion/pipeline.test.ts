import { describe, it, expect } from 'vitest';
import { createEnrichmentPipeline, type EnrichmentOutcome } from './pipeline';
import type { IngestContext, SegmentMessage } from './message';
import type { IngestRejectCode, IngestWarningCode } from './outcome';
import { DomainError } from '../errors';

const receivedAt = new Date('2024-11-11T04:00:00.000Z');
const ctx: IngestContext = { workspaceId: 'acme', receivedAt, now: new Date('2024-11-11T04:00:01.000Z') };
const enrich = createEnrichmentPipeline();

const okEvent = (outcome: EnrichmentOutcome) => {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.code} on ${outcome.field}: ${outcome.reason}`);
  return outcome.event;
};

describe('enrichmentPipeline', () => {
  it('turns a page view into a complete stored event', () => {
    const message: SegmentMessage = {
      type: 'page',
      name: 'Pricing',
      anonymousId: 'anon-1',
      messageId: 'msg-1',
      originalTimestamp: '2024-11-11T11:59:50+08:00',
      sentAt: '2024-11-11T12:00:00+08:00',
      properties: { title: 'Pricing' },
      context: {
        page: { url: 'https://www.acme.cn/pricing?utm_source=xiaohongshu&utm_medium=social&utm_campaign=%E5%8F%8C%E5%8D%81%E4%B8%80', referrer: 'https://xhslink.com/a' },
        userAgent: 'Mozilla/5.0',
      },
    };
    expect(okEvent(enrich(message, ctx))).toEqual({
      workspaceId: 'acme',
      messageId: 'msg-1',
      type: 'page',
      event: 'Pricing',
      category: null,
      userId: null,
      anonymousId: 'anon-1',
      groupId: null,
      previousId: null,
      timestamp: new Date('2024-11-11T03:59:50.000Z'),
      originalTimestamp: new Date('2024-11-11T03:59:50.000Z'),
      sentAt: new Date('2024-11-11T04:00:00.000Z'),
      receivedAt,
      channel: 'Organic Social',
      campaign: {
        source: 'xiaohongshu',
        medium: 'social',
        name: '双十一',
        term: null,
        content: null,
        id: null,
        sourcePlatform: null,
        creativeFormat: null,
        marketingTactic: null,
      },
      clickIds: {},
      pageUrl: message.context?.page?.url,
      pagePath: '/pricing',
      referrer: 'https://xhslink.com/a',
      revenue: null,
      currency: null,
      properties: { title: 'Pricing' },
      traits: {},
      context: message.context,
      warnings: [],
    });
  });

  it('enriches an order with revenue and a paid channel', () => {
    const event = okEvent(
      enrich(
        {
          type: 'track',
          event: 'Order Completed',
          userId: 1001,
          messageId: 'm',
          timestamp: '2024-11-11T03:00:00Z',
          properties: { total: '299.00', currency: 'cny' },
          context: { page: { url: 'https://acme.cn/checkout?bd_vid=xyz' } },
        },
        ctx,
      ),
    );
    expect([event.userId, event.revenue, event.currency, event.channel, event.clickIds]).toEqual(['1001', 299, 'CNY', 'Paid Search', { bd_vid: 'xyz' }]);
  });

  it('accumulates warnings from several steps, each once', () => {
    const event = okEvent(
      enrich(
        {
          type: 'track',
          event: 'Order Completed',
          anonymousId: 'a',
          timestamp: '2030-01-01T00:00:00Z',
          properties: { revenue: 'lots', currency: 'yuan' },
          context: { page: { url: 'https://acme.cn/?utm_source=%E0%A4%A&utm_medium=%ZZ', referrer: '::::' } },
        },
        ctx,
      ),
    );
    expect(event.warnings).toEqual(['message-id-derived', 'timestamp-clamped-future', 'campaign-value-undecodable', 'referrer-invalid', 'revenue-not-numeric']);
  });

  it('dedupes a client retry without messageId to the same derived id', () => {
    const message: SegmentMessage = { type: 'track', event: 'Signed Up', userId: 'u', timestamp: '2024-11-11T03:00:00Z', sentAt: '2024-11-11T03:00:01Z' };
    const first = okEvent(enrich(message, ctx));
    const retry = okEvent(enrich({ ...message, sentAt: '2024-11-11T03:00:09Z' }, { ...ctx, receivedAt: new Date('2024-11-11T04:00:09Z') }));
    expect(retry.messageId).toBe(first.messageId);
  });

  it('refuses an unusable channel rule set at creation', () => {
    expect(() => createEnrichmentPipeline({ channelRules: [{ channel: 'X', when: { op: 'matches', field: 'medium', pattern: '(' } }] })).toThrow(DomainError);
  });

  it('honours configured time bounds', () => {
    const strict = createEnrichmentPipeline({ maxAgeMs: 3_600_000 });
    const outcome = strict({ type: 'track', event: 'A', userId: 'u', timestamp: '2024-11-11T02:00:00Z' }, ctx);
    expect(outcome).toMatchObject({ kind: 'reject', code: 'timestamp-too-old' });
  });
});

// Hostile messages: the shape already passed the edge's zod schema, the values did not.
type Expected =
  | { readonly reject: IngestRejectCode; readonly field?: string }
  | { readonly ok: true; readonly warnings?: readonly IngestWarningCode[]; readonly check?: (event: ReturnType<typeof okEvent>) => void };

interface HostileCase {
  readonly label: string;
  readonly message: SegmentMessage;
  readonly expected: Expected;
  readonly context: Partial<IngestContext>;
}
const row = (label: string, message: SegmentMessage, expected: Expected, context: Partial<IngestContext> = {}): HostileCase => ({
  label,
  message,
  expected,
  context,
});

const HOSTILE: readonly HostileCase[] = [
  row('no ids at all', { type: 'track', event: 'A' }, { reject: 'missing-identity', field: 'userId' }),
  row('empty-string ids', { type: 'identify', userId: '', anonymousId: '' }, { reject: 'missing-identity' }),
  row('whitespace ids', { type: 'identify', userId: ' \t\n ', anonymousId: '\u3000' }, { reject: 'missing-identity' }),
  row('number 0 as userId', { type: 'identify', userId: 0, messageId: 'm' }, { ok: true, check: (e) => expect(e.userId).toBe('0') }),
  row('negative float id', { type: 'identify', userId: -1.5, messageId: 'm' }, { ok: true, check: (e) => expect(e.userId).toBe('-1.5') }),
  row('huge id', { type: 'identify', userId: 'u'.repeat(10_000) }, { reject: 'id-too-long', field: 'userId' }),
  row('huge anonymousId with a good userId', { type: 'identify', userId: 'u', anonymousId: 'a'.repeat(256) }, { reject: 'id-too-long', field: 'anonymousId' }),
  row('empty event name', { type: 'track', event: '', userId: 'u' }, { reject: 'missing-event-name', field: 'event' }),
  row('whitespace event name', { type: 'track', event: '   ', userId: 'u' }, { reject: 'missing-event-name' }),
  row('alias without previousId', { type: 'alias', userId: 'u', previousId: '  ' }, { reject: 'missing-previous-id' }),
  row('group with empty groupId', { type: 'group', userId: 'u', groupId: '' }, { reject: 'missing-group-id' }),
  row('huge messageId', { type: 'identify', userId: 'u', messageId: 'm'.repeat(300) }, { reject: 'message-id-too-long', field: 'messageId' }),
  row('invalid timestamp', { type: 'track', event: 'A', userId: 'u', timestamp: 'not-a-date' }, { reject: 'invalid-timestamp', field: 'timestamp' }),
  row('impossible date', { type: 'track', event: 'A', userId: 'u', timestamp: '2024-02-30T00:00:00Z' }, { reject: 'invalid-timestamp' }),
  row('epoch seconds as text', { type: 'track', event: 'A', userId: 'u', originalTimestamp: '1731297600' }, { reject: 'invalid-timestamp', field: 'originalTimestamp' }),
  row('invalid batch sentAt', { type: 'track', event: 'A', userId: 'u' }, { reject: 'invalid-timestamp', field: 'batch.sentAt' }, { batchSentAt: 'soon' }),
  row('far-future timestamp', { type: 'track', event: 'A', userId: 'u', timestamp: '9999-12-31T23:59:59Z' }, { ok: true, warnings: ['message-id-derived', 'timestamp-clamped-future'], check: (e) => expect(e.timestamp).toEqual(receivedAt) }),
  row('ancient timestamp', { type: 'track', event: 'A', userId: 'u', timestamp: '1970-01-01T00:00:00Z' }, { reject: 'timestamp-too-old', field: 'timestamp' }),
  row('six-year-old timestamp', { type: 'track', event: 'A', userId: 'u', timestamp: '2018-11-01T00:00:00Z' }, { reject: 'timestamp-too-old' }),
  row('six-year-old timestamp in a historical import', { type: 'track', event: 'A', userId: 'u', messageId: 'm', timestamp: '2018-11-01T00:00:00Z' }, { ok: true, warnings: [] }, { historicalImport: true }),
  row('garbage page URL', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: 'ht!tp:://\u0000<script>' } } }, { ok: true, warnings: ['page-url-invalid'], check: (e) => expect([e.pagePath, e.channel]).toEqual([null, 'Direct']) }),
  row('broken percent-encoding', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: 'https://acme.cn/?utm_source=%E0%A4%A&utm_medium=cpc' } } }, { ok: true, warnings: ['campaign-value-undecodable'], check: (e) => expect([e.campaign.source, e.channel]).toEqual(['%E0%A4%A', 'Paid Other']) }),
  row('percent-encoded unicode UTM', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: 'https://acme.cn/?utm_source=%E5%BE%AE%E5%8D%9A' } } }, { ok: true, check: (e) => expect(e.campaign.source).toBe('微博') }),
  row('unicode ids and event name', { type: 'track', event: '注文完了 🎉', userId: '用户-😀', messageId: 'メッセージ' }, { ok: true, warnings: [], check: (e) => expect([e.event, e.userId]).toEqual(['注文完了 🎉', '用户-😀']) }),
  row('lone surrogate in an id', { type: 'identify', userId: '\ud800x' }, { ok: true, warnings: ['message-id-derived'] }),
  row('referrer that is not a URL', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: 'https://acme.cn/', referrer: 'javascript:void(0)' } } }, { ok: true, warnings: ['referrer-invalid'], check: (e) => expect(e.channel).toBe('Direct') }),
  row('IPv6 and port in URLs', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: 'http://[::1]:8080/x?utm_source=google&utm_medium=cpc', referrer: 'http://[::1]:8080/' } } }, { ok: true, check: (e) => expect([e.pagePath, e.channel]).toEqual(['/x', 'Paid Search']) }),
  row('a 10 kB query string', { type: 'page', anonymousId: 'a', messageId: 'm', context: { page: { url: `https://acme.cn/?${'x=1&'.repeat(2500)}utm_source=weibo` } } }, { ok: true, check: (e) => expect(e.channel).toBe('Organic Social') }),
  row('revenue as text and bad currency', { type: 'track', event: 'Order Completed', userId: 'u', messageId: 'm', properties: { revenue: 'NaN', currency: '$$$' } }, { ok: true, warnings: ['revenue-not-numeric'], check: (e) => expect([e.revenue, e.currency]).toEqual([null, null]) }),
  row('deeply nested properties without messageId', { type: 'track', event: 'A', userId: 'u', properties: { deep: deepNest(20_000) } }, { ok: true, warnings: ['message-id-derived'] }),
  row('properties with a prototype-looking key', { type: 'track', event: 'A', userId: 'u', messageId: 'm', properties: JSON.parse('{"__proto__":{"polluted":true},"url":"https://x"}') as Record<string, unknown> }, { ok: true, check: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined() }),
  row('context.campaign with non-string values', { type: 'page', anonymousId: 'a', messageId: 'm', context: { campaign: { source: 42 as unknown as string, medium: null as unknown as string } } }, { ok: true, check: (e) => expect([e.campaign.source, e.campaign.medium, e.channel]).toEqual(['42', null, 'Unassigned']) }),
  row('screen with an over-long name', { type: 'screen', userId: 'u', messageId: 'm', name: 'n'.repeat(1000) }, { ok: true, warnings: ['name-truncated'] }),
  row('blank time fields', { type: 'track', event: 'A', userId: 'u', messageId: 'm', timestamp: '', sentAt: ' ', originalTimestamp: '' }, { ok: true, warnings: [], check: (e) => expect(e.timestamp).toEqual(receivedAt) }),
];

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { v: value };
  return value;
}

describe('enrichmentPipeline on hostile messages', () => {
  it.each(HOSTILE)('$label', ({ message, expected, context }) => {
    let outcome: EnrichmentOutcome | undefined;
    expect(() => (outcome = enrich(message, { ...ctx, ...context }))).not.toThrow();
    if ('reject' in expected) {
      expect(outcome).toMatchObject({ kind: 'reject', code: expected.reject, ...(expected.field === undefined ? {} : { field: expected.field }) });
      if (outcome?.kind === 'reject') expect(outcome.reason.length).toBeGreaterThan(0);
    } else {
      const event = okEvent(outcome!);
      if (expected.warnings !== undefined) expect(event.warnings).toEqual(expected.warnings);
      expected.check?.(event);
    }
  });

  it('never rejects with internal-error on any of them', () => {
    for (const { message, context } of HOSTILE) {
      const outcome = enrich(message, { ...ctx, ...context });
      expect(outcome.kind === 'reject' ? outcome.code : 'ok').not.toBe('internal-error');
    }
  });

  it('turns an unexpected failure into an internal-error rejection instead of throwing', () => {
    const hostileGetter = { type: 'track', event: 'A', userId: 'u', messageId: 'm' } as Record<string, unknown>;
    Object.defineProperty(hostileGetter, 'properties', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(enrich(hostileGetter as unknown as SegmentMessage, ctx)).toMatchObject({ kind: 'reject', code: 'internal-error' });
  });
});
