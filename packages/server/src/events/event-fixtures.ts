import { EMPTY_CAMPAIGN } from '@marketops/core';
import type { CampaignFields, MessageType, StoredEvent } from './port';

/**
 * Readable sample events for the contract suite, the crash test and benchmarks. Each builder
 * returns a complete {@link StoredEvent}; tests override only the fields they are about.
 */

export const NO_CAMPAIGN: CampaignFields = EMPTY_CAMPAIGN;

/** A minimal track event: every optional field null, every object empty. */
export function bareEvent(workspaceId: string, messageId: string, overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    workspaceId,
    messageId,
    type: 'track',
    event: null,
    category: null,
    userId: null,
    anonymousId: null,
    groupId: null,
    previousId: null,
    timestamp: new Date('2025-03-01T10:00:00.000Z'),
    originalTimestamp: null,
    sentAt: null,
    receivedAt: new Date('2025-03-01T10:00:01.000Z'),
    channel: 'Direct',
    campaign: NO_CAMPAIGN,
    clickIds: {},
    pageUrl: null,
    pagePath: null,
    referrer: null,
    revenue: null,
    currency: null,
    properties: {},
    traits: {},
    context: {},
    warnings: [],
    ...overrides,
  };
}

/** An event with every field set: unicode, nested JSON, all nine UTM fields, click ids, revenue. */
export function richEvent(workspaceId: string, messageId: string, overrides: Partial<StoredEvent> = {}): StoredEvent {
  return bareEvent(workspaceId, messageId, {
    type: 'track',
    event: 'Order Completed ✓',
    category: 'Commerce — 電子商取引',
    userId: 'user-Zoë-42',
    anonymousId: 'anon-😀-1',
    groupId: 'acme GmbH',
    previousId: 'prev-ıİ',
    timestamp: new Date('2025-03-01T10:15:30.123Z'),
    originalTimestamp: new Date('2025-03-01T10:15:29.999Z'),
    sentAt: new Date('2025-03-01T10:15:31.500Z'),
    receivedAt: new Date('2025-03-01T10:15:31.742Z'),
    channel: 'Paid Social',
    campaign: {
      source: 'facebook',
      medium: 'cpc',
      name: 'printemps-été 2025',
      term: 'chaussures rouges',
      content: 'carousel/β',
      id: 'cmp_123',
      sourcePlatform: 'Meta Ads',
      creativeFormat: 'video',
      marketingTactic: 'prospecting',
    },
    clickIds: { fbclid: 'IwAR0x_ñ', gclid: 'Cj0KCQ', 'odd "key"': 'back\\slash, nul\u0000, 引号"' },
    pageUrl: 'https://shop.example/über?utm_source=facebook#kasse',
    pagePath: '/über',
    referrer: 'https://l.facebook.com/',
    revenue: 1234.5678,
    currency: 'EUR',
    properties: {
      order_id: 'ord-1',
      total: 1234.5678,
      coupon: null,
      gift: false,
      products: [
        { sku: 'SKU-1', name: 'Chaussure « rouge »', price: 99.99, tags: ['été', '👟'] },
        { sku: 'SKU-2', name: '靴', price: 0, tags: [] },
      ],
      nested: { deeper: { deepest: [1, [2, [3, { four: 4 }]]] } },
      'clé avec espaces': 'vrai',
      pair: 'a whole emoji 😀 and a whole surrogate pair \ud83d\ude00, kept exactly through JSON',
    },
    traits: { email: 'zoë@example.com', plan: 'pro', seats: 12, vip: true },
    context: { locale: 'fr-FR', ip: '203.0.113.7', library: { name: 'analytics.js', version: '5.2.0' } },
    warnings: ['timestamp-clamped-future', 'sent-at-missing', 'note: "quoted" \\ and ünïcode'],
    ...overrides,
  });
}

const TYPES: readonly MessageType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias'];

/** A plausible event for load: `n` picks the type, user and time so batches look like traffic. */
export function trafficEvent(workspaceId: string, messageId: string, n: number, baseMs = Date.parse('2025-03-01T00:00:00Z')): StoredEvent {
  const type = TYPES[n % TYPES.length] as MessageType;
  const timestamp = new Date(baseMs + n * 37);
  return bareEvent(workspaceId, messageId, {
    type,
    event: type === 'track' ? 'Product Viewed' : type === 'page' ? 'Pricing' : null,
    userId: `user-${n % 5000}`,
    anonymousId: `anon-${n % 20000}`,
    timestamp,
    originalTimestamp: timestamp,
    sentAt: new Date(timestamp.getTime() + 120),
    receivedAt: new Date(timestamp.getTime() + 180),
    channel: n % 3 === 0 ? 'Organic Search' : 'Paid Search',
    campaign: { ...NO_CAMPAIGN, source: 'google', medium: 'cpc', name: `spring-${n % 12}` },
    clickIds: n % 3 === 0 ? {} : { gclid: `g-${n}` },
    pageUrl: `https://shop.example/p/${n % 300}`,
    pagePath: `/p/${n % 300}`,
    revenue: type === 'track' ? (n % 10000) / 100 : null,
    currency: type === 'track' ? 'USD' : null,
    properties: { product_id: `p-${n % 300}`, price: (n % 10000) / 100, list: ['a', 'b'] },
    context: { userAgent: 'Mozilla/5.0', locale: 'en-US' },
  });
}
