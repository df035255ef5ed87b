import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEnrichmentPipeline } from './pipeline';
import type { IngestContext, SegmentMessage } from './message';
import { channelOfStoredFields, explainChannel } from './stored-channel';
import { DEFAULT_CHANNEL_RULES, type ChannelRule } from './channel-rules';
import type { StoredEvent } from '../events/model';

const ctx: IngestContext = { workspaceId: 'acme', receivedAt: new Date('2026-03-01T00:00:00Z'), now: new Date('2026-03-01T00:00:01Z') };
const kol: ChannelRule[] = [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES];

const storedFields = (event: StoredEvent) => ({
  source: event.campaign.source,
  medium: event.campaign.medium,
  campaign: event.campaign.name,
  clickIds: Object.keys(event.clickIds),
  referrer: event.referrer,
  pageUrl: event.pageUrl,
});

function enriched(message: SegmentMessage, rules?: readonly ChannelRule[]): StoredEvent {
  const outcome = createEnrichmentPipeline(rules ? { channelRules: rules } : {})(message, ctx);
  if (outcome.kind !== 'ok') throw new Error(`rejected: ${outcome.reason}`);
  return outcome.event;
}

const page = (url: string, referrer?: string): SegmentMessage => ({ type: 'page', anonymousId: 'a', context: { page: { url, ...(referrer ? { referrer } : {}) } } });

describe('channelOfStoredFields', () => {
  const cases: [string, SegmentMessage][] = [
    ['utm tags', page('https://acme.cn/?utm_source=weibo&utm_medium=cpc&utm_campaign=spring')],
    ['a paid click id', page('https://acme.cn/?gclid=abc')],
    ['fbclid without referrer', page('https://acme.cn/?fbclid=x')],
    ['a search referrer', page('https://acme.cn/', 'https://www.baidu.com/s?wd=acme')],
    ['an internal referrer', page('https://acme.cn/b', 'https://acme.cn/a')],
    ['medium without source', page('https://acme.cn/?utm_medium=email')],
    ['direct', page('https://acme.cn/')],
    ['campaign context', { type: 'track', event: 'Signed Up', userId: 'u', context: { campaign: { source: 'xiaohongshu', medium: 'kol', name: 'launch' } } }],
    ['an unparseable referrer', page('https://acme.cn/', 'not a url')],
  ];
  for (const [name, message] of cases) {
    it(`gives what the pipeline gave: ${name}`, () => {
      for (const rules of [undefined, kol]) {
        const event = enriched(message, rules);
        expect(channelOfStoredFields(storedFields(event), rules ? { rules } : {})).toBe(event.channel);
      }
    });
  }

  it('agrees with the pipeline on random traffic sources', () => {
    const pick = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    fc.assert(
      fc.property(
        pick(['google', 'weibo', 'wechat', 'newsletter', 'xiaohongshu', 'Yahoo', 'line', 'partner.example']),
        pick(['cpc', 'kol', 'social', 'email', 'referral', 'qr', 'display', 'organic', 'paid-social']),
        pick(['spring', 'shop-opening', 'cross-network', 'launch']),
        fc.subarray(['gclid', 'fbclid', 'msclkid', 'ttclid']),
        pick(['https://www.google.com/', 'https://m.weibo.cn/x', 'https://acme.cn/a', 'https://partner.example/p', '::bad']),
        (source, medium, campaign, clickIds, referrer) => {
          const query = new URLSearchParams();
          if (source) query.set('utm_source', source);
          if (medium) query.set('utm_medium', medium);
          if (campaign) query.set('utm_campaign', campaign);
          for (const id of clickIds) query.set(id, 'v');
          const event = enriched(page(`https://acme.cn/landing?${query.toString()}`, referrer), kol);
          expect(channelOfStoredFields(storedFields(event), { rules: kol })).toBe(event.channel);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('explainChannel', () => {
  it('names the rule that matched', () => {
    expect(explainChannel({ source: 'xiaohongshu', medium: 'kol', campaign: null }, { rules: kol })).toEqual({ channel: 'KOL', rule: 0 });
    expect(explainChannel({ source: 'nobody', medium: 'nothing', campaign: null })).toEqual({ channel: 'Unassigned', rule: null });
  });
});
