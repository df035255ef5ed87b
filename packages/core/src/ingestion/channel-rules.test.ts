import { describe, it, expect } from 'vitest';
import { channelRuleProblems } from './channel-rules-check';
import { classifyChannel, DEFAULT_CHANNEL_RULES, PAID_MEDIUM_PATTERN, SHOPPING_CAMPAIGN_PATTERN, type ChannelRule } from './channel-rules';

const channel = (source: string | null, medium: string | null, campaign: string | null = null) => classifyChannel({ source, medium, campaign });

describe('classifyChannel: one case per rule', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['Direct', '(direct)', '(none)', null],
    ['Direct', '(direct)', null, null], // a null medium is (not set)
    ['Offline Events', 'expo-2024', 'trade-show', null],
    ['Offline Press', 'launch-kit', 'press', null],
    ['Offline Print', 'poster', 'qr', null],
    ['Cross-network', 'google', 'cpc', 'Spring Cross-Network PMax'],
    ['Paid Shopping', 'amazon', 'cpc', null],
    ['Paid Shopping', 'partner', 'ppc', 'summer-shopping'],
    ['Paid Search', 'bing', 'cpc', null],
    ['Paid Social', 'facebook', 'paid-social', null],
    ['Paid Video', 'youtube', 'cpv', null],
    ['Display', 'dsp-network', 'banner', null],
    ['Paid Other', 'newsletter-partner', 'retargeting', null],
    ['Organic Shopping', 'etsy', 'referral', null],
    ['Organic Shopping', 'partner', 'referral', 'black friday shop'],
    ['Organic Social', 'linkedin', 'referral', null],
    ['Organic Social', 'community-forum', 'social-network', null],
    ['Organic Video', 'vimeo', 'referral', null],
    ['Organic Video', 'podcast-site', 'video-embed', null],
    ['Organic Search', 'duckduckgo', 'organic', null],
    ['Organic Search', 'some-engine', 'organic', null],
    ['Referral', 'partner-blog.com', 'referral', null],
    ['Referral', 'app-directory', 'app', null],
    ['Email', 'newsletter', 'email', null],
    ['Email', 'e-mail', '(not set)', null],
    ['Affiliates', 'partner', 'affiliate', null],
    ['Audio', 'spotify-ads', 'audio', null],
    ['SMS', 'sms', '(not set)', null],
    ['SMS', 'twilio', 'sms', null],
    ['Mobile Push Notifications', 'app', 'web-push', null],
    ['Mobile Push Notifications', 'app', 'push-notification', null],
    ['Mobile Push Notifications', 'app', 'mobile-inbox', null],
    ['Unassigned', 'newsletter', null, null],
    ['Unassigned', 'something', 'weird', null],
  ])('%s: %s / %s / %s', (expected, source, medium, campaign) => {
    expect(channel(source, medium, campaign)).toBe(expected);
  });
});

describe('classifyChannel: order traps', () => {
  it.each<[string, string, string, string | null]>([
    ['google / cpm is Paid Search, not Display (PAID matches cpm)', 'google', 'cpm', 'Paid Search'],
    ['baidu / cpc is Paid Search', 'baidu', 'cpc', 'Paid Search'],
    ['weibo / cpc is Paid Social', 'weibo', 'cpc', 'Paid Social'],
    ['douyin organic is Organic Social (short video counts as social)', 'douyin', 'referral', 'Organic Social'],
    ['bilibili organic is Organic Video', 'bilibili', 'referral', 'Organic Video'],
    ['xiaohongshu is Organic Social', 'xiaohongshu', 'referral', 'Organic Social'],
    ['jd / cpc is Paid Shopping (before Paid Search and Paid Other)', 'jd', 'cpc', 'Paid Shopping'],
    ['dsp / cpm with an unknown source is Display (not Paid Other)', 'dsp', 'cpm', 'Display'],
    ['a search engine with medium email is Organic Search (rule 12 before 14)', 'google', 'email', 'Organic Search'],
    ['wechat / qr is Offline Print, not Organic Social', 'wechat', 'qr', 'Offline Print'],
    ['baidu / organic is Organic Search', 'baidu', 'organic', 'Organic Search'],
    ['yahoo.co.jp as a host source is Organic Search', 'yahoo.co.jp', 'referral', 'Organic Search'],
    ['m.facebook.com as a host source is Organic Social', 'm.facebook.com', 'referral', 'Organic Social'],
    ['tmall / paid is Paid Shopping', 'tmall', 'paid', 'Paid Shopping'],
    ['kuaishou / cpc is Paid Social', 'kuaishou', 'cpc', 'Paid Social'],
    ['youtube / social is Organic Social (rule 10 before 11)', 'youtube', 'social', 'Organic Social'],
  ])('%s', (_label, source, medium, expected) => {
    expect(channel(source, medium)).toBe(expected);
  });

  it('is Cross-network whatever the source, when the campaign says so', () => {
    expect(channel('amazon', 'cpc', 'cross-network-q2')).toBe('Cross-network');
  });

  it('keeps an event campaign named like a shop in Offline Events', () => {
    expect(channel('flagship', 'event', 'shop-opening')).toBe('Offline Events');
  });

  it('ignores letter case and surrounding spaces', () => {
    expect(channel(' Google ', 'CPC', null)).toBe('Paid Search');
    expect(channel('(Direct)', '(NONE)', null)).toBe('Direct');
  });

  it('uses SHOPCAMP exactly as GA4 writes it: "shop" must start a word, "workshop" does not count', () => {
    expect(channel('partner', 'referral', 'summer workshop')).toBe('Referral');
    expect(channel('partner', 'referral', 'eshop-launch')).toBe('Organic Shopping'); // [^a-df-z] lets "e" precede shop
    expect(channel('partner', 'referral', 'back-to-school_shop')).toBe('Organic Shopping');
  });
});

describe('DEFAULT_CHANNEL_RULES', () => {
  it('starts with Direct and keeps GA4 order after the offline channels', () => {
    expect(DEFAULT_CHANNEL_RULES.map((r) => r.channel)).toEqual([
      'Direct',
      'Offline Events',
      'Offline Press',
      'Offline Print',
      'Cross-network',
      'Paid Shopping',
      'Paid Search',
      'Paid Social',
      'Paid Video',
      'Display',
      'Paid Other',
      'Organic Shopping',
      'Organic Social',
      'Organic Video',
      'Organic Search',
      'Referral',
      'Email',
      'Affiliates',
      'Audio',
      'SMS',
      'Mobile Push Notifications',
    ]);
  });

  it('uses the PAID and SHOPCAMP expressions verbatim from MEASUREMENT.md', () => {
    expect(PAID_MEDIUM_PATTERN).toBe('^(.*cp.*|ppc|retargeting|paid.*)$');
    expect(SHOPPING_CAMPAIGN_PATTERN).toBe('^(.*(([^a-df-z]|^)shop|shopping).*)$');
  });

  it('is valid and serialisable as JSON', () => {
    expect(channelRuleProblems(DEFAULT_CHANNEL_RULES)).toEqual([]);
    expect(JSON.parse(JSON.stringify(DEFAULT_CHANNEL_RULES))).toEqual(DEFAULT_CHANNEL_RULES);
  });
});

describe('custom rule sets', () => {
  it('lets a workspace put its own rule first', () => {
    const rules: ChannelRule[] = [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES];
    expect(classifyChannel({ source: 'xiaohongshu', medium: 'kol', campaign: null }, rules)).toBe('KOL');
  });

  it('uses the given source categories', () => {
    const sites = [{ name: 'acme', category: 'search' as const, hosts: ['acme.example'], aliases: ['acme'] }];
    expect(classifyChannel({ source: 'acme', medium: 'cpc', campaign: null }, DEFAULT_CHANNEL_RULES, sites)).toBe('Paid Search');
    expect(classifyChannel({ source: 'google', medium: 'cpc', campaign: null }, DEFAULT_CHANNEL_RULES, sites)).toBe('Paid Other');
  });

  it('reports unusable rules, and never throws on them when classifying', () => {
    const broken = [
      { channel: 'Bad regex', when: { op: 'matches', field: 'medium', pattern: '(' } },
      { channel: '', when: { op: 'in', field: 'medium', values: ['x'] } },
      { channel: 'Bad op', when: { op: 'like', field: 'medium' } },
      { channel: 'Bad field', when: { op: 'contains', field: 'term', value: 'x' } },
    ] as unknown as ChannelRule[];
    expect(channelRuleProblems(broken).map((p) => p.path)).toEqual(['rules.0.when.pattern', 'rules.1.channel', 'rules.2.when.op', 'rules.3.when.field']);
    expect(classifyChannel({ source: 'a', medium: 'b', campaign: null }, broken)).toBe('Unassigned');
  });
});
