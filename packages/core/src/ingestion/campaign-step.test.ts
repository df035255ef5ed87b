import { describe, it, expect } from 'vitest';
import { createCampaignStep } from './campaign-step';
import type { SegmentMessage } from './message';

const step = createCampaignStep();
const page = (url: string, extra: Record<string, unknown> = {}): SegmentMessage => ({
  type: 'page',
  anonymousId: 'a',
  context: { page: { url, ...extra } },
});

describe('campaignStep', () => {
  it('reads all nine UTM parameters from the page URL', () => {
    const url =
      'https://shop.example.cn/p?utm_source=Weibo&utm_medium=cpc&utm_campaign=Double%2011&utm_term=shoes&utm_content=banner-a' +
      '&utm_id=123&utm_source_platform=SA360&utm_creative_format=video&utm_marketing_tactic=prospecting';
    expect(step(page(url)).value.campaign).toEqual({
      source: 'Weibo',
      medium: 'cpc',
      name: 'Double 11',
      term: 'shoes',
      content: 'banner-a',
      id: '123',
      sourcePlatform: 'SA360',
      creativeFormat: 'video',
      marketingTactic: 'prospecting',
    });
  });

  it('matches parameter names case-insensitively, keeps the first occurrence and the value case', () => {
    const { campaign } = step(page('https://x.com/?UTM_SOURCE=WeChat&utm_source=other&Utm_Medium=%20Social%20')).value;
    expect([campaign.source, campaign.medium]).toEqual(['WeChat', 'Social']);
  });

  it('turns blank values into null', () => {
    expect(step(page('https://x.com/?utm_source=&utm_medium=+')).value.campaign.source).toBeNull();
  });

  it('keeps a broken percent-encoding as sent, with a warning', () => {
    const outcome = step(page('https://x.com/?utm_campaign=%E0%A4%A'));
    expect(outcome.value.campaign.name).toBe('%E0%A4%A');
    expect(outcome.warnings).toEqual(['campaign-value-undecodable']);
  });

  it('prefers context.campaign over the URL and does not mix the two', () => {
    const message: SegmentMessage = {
      type: 'track',
      event: 'A',
      userId: 'u',
      context: {
        campaign: { name: 'spring', source: 'newsletter', medium: 'email', source_platform: 'braze' },
        page: { url: 'https://x.com/?utm_source=weibo&utm_term=shoes' },
      },
    };
    const { campaign } = step(message).value;
    expect(campaign).toMatchObject({ name: 'spring', source: 'newsletter', medium: 'email', sourcePlatform: 'braze', term: null });
  });

  it('falls back to the URL when context.campaign is empty', () => {
    const message: SegmentMessage = { type: 'page', anonymousId: 'a', context: { campaign: { source: ' ' }, page: { url: 'https://x.com/?utm_source=zhihu' } } };
    expect(step(message).value.campaign.source).toBe('zhihu');
  });

  it('reads properties.url, path and referrer on page calls only', () => {
    const properties = { url: 'https://x.com/a/b?utm_source=douyin', referrer: 'https://www.douyin.com/' };
    const pageCall = step({ type: 'page', anonymousId: 'a', properties }).value;
    expect(pageCall).toMatchObject({ pageUrl: properties.url, pagePath: '/a/b', referrer: properties.referrer });
    expect(pageCall.campaign.source).toBe('douyin');
    const trackCall = step({ type: 'track', event: 'Link Shared', anonymousId: 'a', properties }).value;
    expect(trackCall).toMatchObject({ pageUrl: null, pagePath: null, referrer: null });
    expect(trackCall.campaign.source).toBeNull();
  });

  it('prefers context.page.path over the URL path', () => {
    expect(step(page('https://x.com/a', { path: '/virtual' })).value.pagePath).toBe('/virtual');
  });

  it('reads the query from context.page.search when the URL has none', () => {
    expect(step(page('https://x.com/a', { search: '?utm_source=bilibili' })).value.campaign.source).toBe('bilibili');
  });

  it('collects ad click ids under their canonical names', () => {
    const { clickIds } = step(page('https://x.com/?GCLID=abc&fbclid=IwAR0&msclkid=m1&bd_vid=b1&igshid=share&ttclid=')).value;
    expect(clickIds).toEqual({ gclid: 'abc', msclkid: 'm1', bd_vid: 'b1', fbclid: 'IwAR0' });
  });

  it('also finds click ids in context.campaign', () => {
    const message: SegmentMessage = { type: 'track', event: 'A', userId: 'u', context: { campaign: { source: 'google', gclid: 'g1' } } };
    expect(step(message).value.clickIds).toEqual({ gclid: 'g1' });
  });

  it('still reads the query of a relative or garbled page URL, with a warning', () => {
    const outcome = step(page('/landing?utm_source=line'));
    expect(outcome.value.campaign.source).toBe('line');
    expect(outcome.value.pagePath).toBeNull();
    expect(outcome.warnings).toEqual(['page-url-invalid']);
  });

  it('yields empty fields for a message without any page context', () => {
    const { value, warnings } = step({ type: 'identify', userId: 'u' });
    expect(value).toEqual({
      campaign: { source: null, medium: null, name: null, term: null, content: null, id: null, sourcePlatform: null, creativeFormat: null, marketingTactic: null },
      clickIds: {},
      pageUrl: null,
      pagePath: null,
      referrer: null,
    });
    expect(warnings).toEqual([]);
  });
});
