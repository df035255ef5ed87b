import { addDays, startOfLocalDay } from '@marketops/core';

/**
 * The fixed frame of the analytics benchmark: one workspace in Shanghai time, six months of
 * events (2026-01-01 .. 2026-06-30), and where visitors come from. The generator
 * (`generate-events.ts`) and the analyses (`specs.ts`) both read it, so a change here changes
 * the data and the questions together.
 */
export const WORKSPACE = 'bench';
export const TIME_ZONE = 'Asia/Shanghai';
export const FIRST_DAY = '2026-01-01';
export const DAYS = 181;
export const DATA_START_MS = startOfLocalDay(FIRST_DAY, TIME_ZONE).getTime();
export const DATA_END_MS = startOfLocalDay(addDays(FIRST_DAY, DAYS), TIME_ZONE).getTime();
export const MS_PER_DAY = 86_400_000;

/**
 * A way visitors arrive: the channel the product's enrichment gives such a visit, the UTM fields
 * and referrer the visit carries, and, for paid sources, the cost file's name for it, its
 * currency and daily budget (CNY-equivalent per million events of data).
 */
export interface Source {
  readonly weight: number;
  readonly channel: string;
  readonly utmSource: string | null;
  readonly utmMedium: string | null;
  readonly referrer: string | null;
  readonly campaigns: readonly string[];
  /** Track events `Ad Impression` before the first visit (ads shown to the device). */
  readonly impressions: boolean;
  readonly clickId: string | null;
  readonly cost: { readonly channel: string; readonly currency: 'CNY' | 'USD'; readonly dailyBudget: number } | null;
}

/** Where a first visit comes from (weights); returning visits add Direct and Email (see the generator). */
export const SOURCES: readonly Source[] = [
  src(15, 'Paid Search', 'baidu', 'cpc', 'https://www.baidu.com/', ['brand-search', 'spring-sale', '618-promo'], false, 'bd_vid', { channel: 'Baidu Ads', currency: 'CNY', dailyBudget: 1_800 }),
  src(7, 'Paid Search', 'google', 'cpc', 'https://www.google.com/', ['brand-search', 'global-launch'], false, 'gclid', { channel: 'Google Ads', currency: 'USD', dailyBudget: 120 }),
  src(13, 'Organic Search', null, null, 'https://www.baidu.com/', [], false, null, null),
  src(4, 'Organic Search', null, null, 'https://www.google.com/', [], false, null, null),
  src(9, 'Paid Social', 'xiaohongshu', 'paid_social', 'https://www.xiaohongshu.com/', ['kol-seeding', 'spring-sale', '618-promo'], true, null, { channel: 'Xiaohongshu Ads', currency: 'CNY', dailyBudget: 1_400 }),
  src(5, 'Paid Social', 'weibo', 'paid_social', 'https://weibo.com/', ['spring-sale', 'brand-awareness'], true, null, { channel: 'Weibo Ads', currency: 'CNY', dailyBudget: 700 }),
  src(10, 'Organic Social', null, null, 'https://mp.weixin.qq.com/', [], false, null, null),
  src(4, 'Organic Social', 'weibo', 'social', 'https://weibo.com/', ['official-account'], false, null, null),
  src(6, 'Paid Video', 'douyin', 'paid_video', 'https://www.douyin.com/', ['short-video', '618-promo'], true, null, { channel: 'Douyin Ads', currency: 'CNY', dailyBudget: 1_100 }),
  src(3, 'Organic Video', 'bilibili', 'video', 'https://www.bilibili.com/', ['creator-collab'], false, null, null),
  src(5, 'Display', 'baidu_union', 'display', 'https://pos.baidu.com/', ['retargeting-q2', 'brand-awareness'], true, null, { channel: 'Display Network', currency: 'CNY', dailyBudget: 600 }),
  src(5, 'Referral', 'zhihu', 'referral', 'https://www.zhihu.com/question/58342211', [], false, null, null),
  src(2, 'Affiliates', 'smzdm', 'affiliate', 'https://www.smzdm.com/', ['deal-sites'], false, null, null),
  src(12, 'Direct', null, null, null, [], false, null, null),
];

/** Returning visits of people who signed up: the newsletter. */
export const EMAIL_SOURCE: Source = src(0, 'Email', 'newsletter', 'email', null, ['weekly-digest', 'win-back'], false, null, null);
export const DIRECT_SOURCE: Source = SOURCES[SOURCES.length - 1] as Source;

/** A cost line with no visits at all (a trade show): reach 0, so cost per contact is null. */
export const EXPO_COST = { channel: 'Shanghai Expo', campaign: 'expo-2026', currency: 'CNY', amount: '48000.00', date: '2026-06-12' } as const;

/** Cost-file channel names -> channel groups: the `channelMap` of the reach analysis. */
export const CHANNEL_MAP: Readonly<Record<string, string>> = {
  'Baidu Ads': 'Paid Search',
  'Google Ads': 'Paid Search',
  'Xiaohongshu Ads': 'Paid Social',
  'Weibo Ads': 'Paid Social',
  'Douyin Ads': 'Paid Video',
  'Display Network': 'Display',
  'Shanghai Expo': 'Offline Events',
};

export const EXCHANGE_RATES: Readonly<Record<string, string>> = { USD: '7.1' };

function src(
  weight: number,
  channel: string,
  utmSource: string | null,
  utmMedium: string | null,
  referrer: string | null,
  campaigns: readonly string[],
  impressions: boolean,
  clickId: string | null,
  cost: Source['cost'],
): Source {
  return { weight, channel, utmSource, utmMedium, referrer, campaigns, impressions, clickId, cost };
}
