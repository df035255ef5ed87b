import { describe, it, expect } from 'vitest';
import { deriveTrafficSource } from './traffic-source';
import type { CampaignInfo } from './campaign-step';
import { EMPTY_CAMPAIGN, type CampaignFields } from '../events/model';
import { DEFAULT_SOURCE_CATEGORIES } from './source-categories';
import { DEFAULT_CLICK_IDS } from './click-ids';

const noCampaign: CampaignFields = EMPTY_CAMPAIGN;

const info = (over: Partial<Omit<CampaignInfo, 'campaign'>> & { campaign?: Partial<CampaignFields> } = {}): CampaignInfo => ({
  pageUrl: 'https://www.example.cn/landing',
  pagePath: '/landing',
  referrer: null,
  clickIds: {},
  ...over,
  campaign: { ...noCampaign, ...over.campaign },
});

const derive = (input: CampaignInfo) => deriveTrafficSource(input, DEFAULT_SOURCE_CATEGORIES, DEFAULT_CLICK_IDS);
const traffic = (input: CampaignInfo) => {
  const { source, medium, campaign, basis } = derive(input).traffic;
  return [source, medium, campaign, basis];
};

describe('deriveTrafficSource', () => {
  it('uses utm_source as sent, with (not set) for a missing medium and campaign', () => {
    expect(traffic(info({ campaign: { source: 'Weibo' }, referrer: 'https://www.google.com/' }))).toEqual(['Weibo', '(not set)', '(not set)', 'utm']);
  });

  it('reads gclid, gbraid and wbraid as google / cpc, ahead of the referrer', () => {
    for (const param of ['gclid', 'gbraid', 'wbraid']) {
      expect(traffic(info({ clickIds: { [param]: 'x' }, referrer: 'https://www.bing.com/' }))).toEqual(['google', 'cpc', '(not set)', 'click-id']);
    }
  });

  it.each([
    ['msclkid', 'bing'],
    ['ttclid', 'tiktok'],
    ['li_fat_id', 'linkedin'],
    ['bd_vid', 'baidu'],
  ])('reads %s as %s / cpc', (param, source) => {
    expect(traffic(info({ clickIds: { [param]: 'x' } }))).toEqual([source, 'cpc', '(not set)', 'click-id']);
  });

  it('does not treat fbclid as paid: the referrer wins, else facebook / referral', () => {
    expect(traffic(info({ clickIds: { fbclid: 'IwAR' }, referrer: 'https://l.instagram.com/' }))).toEqual(['instagram', 'referral', '(referral)', 'referrer']);
    expect(traffic(info({ clickIds: { fbclid: 'IwAR' } }))).toEqual(['facebook', 'referral', '(referral)', 'click-id']);
  });

  it('derives nothing from ambiguous click ids', () => {
    expect(traffic(info({ clickIds: { yclid: 'y', dclid: 'd', gdt_vid: 'g', twclid: 't' } }))).toEqual(['(direct)', '(none)', '(direct)', 'direct']);
  });

  it('reads a search-engine referrer as organic, under the engine name', () => {
    expect(traffic(info({ referrer: 'https://www.baidu.com/link?url=abc' }))).toEqual(['baidu', 'organic', '(organic)', 'referrer']);
    expect(traffic(info({ referrer: 'https://search.yahoo.co.jp/search?p=x' }))).toEqual(['yahoo-japan', 'organic', '(organic)', 'referrer']);
  });

  it('reads social, video and shopping referrers as referral under the site name', () => {
    expect(traffic(info({ referrer: 'https://mp.weixin.qq.com/s/abc' }))[0]).toBe('wechat');
    expect(traffic(info({ referrer: 'https://www.bilibili.com/video/BV1' }))).toEqual(['bilibili', 'referral', '(referral)', 'referrer']);
  });

  it('reads an unknown referrer as referral under its host without www.', () => {
    expect(traffic(info({ referrer: 'https://www.partner-blog.jp/post/1' }))).toEqual(['partner-blog.jp', 'referral', '(referral)', 'referrer']);
  });

  it('treats a referrer from the same site as no referrer (direct)', () => {
    expect(traffic(info({ referrer: 'https://example.cn/pricing' }))).toEqual(['(direct)', '(none)', '(direct)', 'internal-referrer']);
    expect(traffic(info({ referrer: 'https://shop.example.cn/' }))).toEqual(['(direct)', '(none)', '(direct)', 'internal-referrer']);
  });

  it('is direct without referrer, campaign or click id', () => {
    expect(traffic(info())).toEqual(['(direct)', '(none)', '(direct)', 'direct']);
    expect(traffic(info({ pageUrl: null, pagePath: null }))).toEqual(['(direct)', '(none)', '(direct)', 'direct']);
  });

  it('keeps a medium and campaign sent without utm_source', () => {
    expect(traffic(info({ campaign: { medium: 'email', name: 'may-news' } }))).toEqual(['(direct)', 'email', 'may-news', 'direct']);
    expect(traffic(info({ campaign: { medium: 'cpc' }, referrer: 'https://www.google.com/' }))).toEqual(['google', 'cpc', '(organic)', 'referrer']);
  });

  it('warns about an unparseable referrer and ignores it', () => {
    const { traffic: t, warnings } = derive(info({ referrer: 'not a url at all' }));
    expect([t.source, t.medium]).toEqual(['(direct)', '(none)']);
    expect(warnings).toEqual(['referrer-invalid']);
  });

  it('reads an Android app referrer by its package name', () => {
    expect(traffic(info({ referrer: 'android-app://com.google.android.googlequicksearchbox/' }))[0]).toBe('google');
  });
});
