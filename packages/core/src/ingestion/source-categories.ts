import { bareHost, hostOf } from './url-parts';

/** The site categories GA4's channel rules ask about ("source is a search site", ...). */
export type SourceCategory = 'search' | 'social' | 'video' | 'shopping';

/**
 * One known traffic source. Google's own site lists are internal, so MarketOps ships this table
 * as data; a workspace can pass an edited copy to the pipeline.
 */
export interface SourceSite {
  /** The canonical source name used when the source is derived from a referrer, e.g. `weibo`. */
  readonly name: string;
  readonly category: SourceCategory;
  /**
   * Host patterns. `weibo.com` matches that host and every subdomain (`m.weibo.com`).
   * `google.*` also allows any top-level domain after the label: `google.de`, `google.co.jp`,
   * `google.com.hk` (one label, or `co|com|ne|or|ac|go|gov|org|net|edu|gob` and a country code).
   */
  readonly hosts: readonly string[];
  /** `utm_source` values meaning this site, compared case-insensitively (`wechat`, `weixin`). */
  readonly aliases: readonly string[];
}

const site = (name: string, category: SourceCategory, hosts: string[], aliases: string[] = [name]): SourceSite => ({ name, category, hosts, aliases });

/**
 * The default table. Judgement calls, all editable:
 * - Short-video networks (TikTok, Douyin, Kuaishou) are `social`, as GA4 treats TikTok: people
 *   follow and share there. Video hosts (YouTube, Bilibili, Vimeo, Twitch, Youku, iQIYI) are `video`.
 * - Self-media platforms where brands' new-media teams publish (Toutiao, Baijiahao, Sohu hao,
 *   Zhihu, note) are `social`, like Weibo.
 * - Sites inside a bigger domain are listed on their own and win by being more specific:
 *   `baijiahao.baidu.com` (social) over `baidu.com` (search), `yahoo.co.jp` over `yahoo.*`.
 */
export const DEFAULT_SOURCE_CATEGORIES: readonly SourceSite[] = [
  // Search engines
  site('google', 'search', ['google.*', 'com.google.android.googlequicksearchbox'], ['google', 'adwords', 'googleads', 'google-ads']),
  site('bing', 'search', ['bing.com'], ['bing', 'microsoft-ads', 'msads']),
  site('yahoo', 'search', ['yahoo.*'], ['yahoo']),
  site('yahoo-japan', 'search', ['yahoo.co.jp'], ['yahoo-japan', 'yahoo_japan', 'yahoojapan', 'yahoo.co.jp']),
  site('duckduckgo', 'search', ['duckduckgo.com'], ['duckduckgo', 'ddg']),
  site('ecosia', 'search', ['ecosia.org']),
  site('brave', 'search', ['search.brave.com']),
  site('qwant', 'search', ['qwant.com']),
  site('startpage', 'search', ['startpage.com']),
  site('baidu', 'search', ['baidu.com'], ['baidu']),
  site('sogou', 'search', ['sogou.com']),
  site('360', 'search', ['so.com', 'haosou.com'], ['360', '360search', 'so.com', 'haosou']),
  site('shenma', 'search', ['sm.cn'], ['shenma']),
  site('naver', 'search', ['naver.com']),
  site('daum', 'search', ['daum.net']),
  site('yandex', 'search', ['yandex.*', 'ya.ru'], ['yandex']),
  site('seznam', 'search', ['seznam.cz']),

  // Social networks, messengers and self-media platforms
  site('facebook', 'social', ['facebook.com', 'fb.com', 'fb.me', 'messenger.com'], ['facebook', 'fb']),
  site('instagram', 'social', ['instagram.com'], ['instagram', 'ig']),
  site('threads', 'social', ['threads.net', 'threads.com']),
  site('linkedin', 'social', ['linkedin.com', 'lnkd.in']),
  site('x', 'social', ['x.com', 'twitter.com', 't.co'], ['x', 'twitter']),
  site('reddit', 'social', ['reddit.com', 'redd.it']),
  site('pinterest', 'social', ['pinterest.*', 'pin.it']),
  site('tiktok', 'social', ['tiktok.com']),
  site('snapchat', 'social', ['snapchat.com']),
  site('quora', 'social', ['quora.com']),
  site('tumblr', 'social', ['tumblr.com']),
  site('discord', 'social', ['discord.com', 'discord.gg']),
  site('wechat', 'social', ['weixin.qq.com', 'wx.qq.com', 'wechat.com'], ['wechat', 'weixin', 'wx']),
  site('weibo', 'social', ['weibo.com', 'weibo.cn', 't.cn'], ['weibo', 'sinaweibo']),
  site('douyin', 'social', ['douyin.com', 'iesdouyin.com'], ['douyin']),
  site('kuaishou', 'social', ['kuaishou.com', 'gifshow.com'], ['kuaishou']),
  site('xiaohongshu', 'social', ['xiaohongshu.com', 'xhslink.com'], ['xiaohongshu', 'xhs', 'rednote', 'redbook']),
  site('zhihu', 'social', ['zhihu.com']),
  site('toutiao', 'social', ['toutiao.com']),
  site('baijiahao', 'social', ['baijiahao.baidu.com']),
  site('tieba', 'social', ['tieba.baidu.com']),
  site('sohu', 'social', ['sohu.com']),
  site('douban', 'social', ['douban.com']),
  site('qzone', 'social', ['qzone.qq.com']),
  site('line', 'social', ['line.me']),
  site('note', 'social', ['note.com']),
  site('vk', 'social', ['vk.com', 'vk.ru', 'vkontakte.ru'], ['vk', 'vkontakte']),
  site('telegram', 'social', ['telegram.org', 'telegram.me', 't.me']),
  site('whatsapp', 'social', ['whatsapp.com', 'wa.me']),

  // Video sites
  site('youtube', 'video', ['youtube.com', 'youtu.be'], ['youtube', 'yt']),
  site('vimeo', 'video', ['vimeo.com']),
  site('twitch', 'video', ['twitch.tv']),
  site('dailymotion', 'video', ['dailymotion.com']),
  site('bilibili', 'video', ['bilibili.com', 'b23.tv']),
  site('youku', 'video', ['youku.com']),
  site('iqiyi', 'video', ['iqiyi.com']),
  site('tencent-video', 'video', ['v.qq.com'], ['tencent-video', 'tencentvideo']),
  site('sohu-video', 'video', ['tv.sohu.com']),
  site('niconico', 'video', ['nicovideo.jp'], ['niconico', 'nicovideo']),

  // Shopping sites
  site('amazon', 'shopping', ['amazon.*']),
  site('ebay', 'shopping', ['ebay.*']),
  site('etsy', 'shopping', ['etsy.com']),
  site('shopify', 'shopping', ['shopify.com', 'shop.app']),
  site('walmart', 'shopping', ['walmart.*']),
  site('aliexpress', 'shopping', ['aliexpress.*']),
  site('google-shopping', 'shopping', ['shopping.google.*'], ['google-shopping', 'google_shopping']),
  site('yahoo-shopping', 'shopping', ['shopping.yahoo.co.jp']),
  site('tmall', 'shopping', ['tmall.*']),
  site('taobao', 'shopping', ['taobao.com', 'tb.cn']),
  site('jd', 'shopping', ['jd.com', 'jd.hk'], ['jd', 'jingdong']),
  site('pinduoduo', 'shopping', ['pinduoduo.com', 'yangkeduo.com'], ['pinduoduo', 'pdd']),
  site('rakuten', 'shopping', ['rakuten.*']),
  site('mercadolibre', 'shopping', ['mercadolibre.*', 'mercadolivre.*'], ['mercadolibre', 'mercadolivre', 'mercado-libre']),
  site('temu', 'shopping', ['temu.com']),
  site('shein', 'shopping', ['shein.*']),
];

const SECOND_LEVEL = new Set(['co', 'com', 'ne', 'or', 'ac', 'go', 'gov', 'org', 'net', 'edu', 'gob']);

/**
 * The known site a traffic source stands for: `source` is compared with each site's aliases
 * (case-insensitively), then, when it looks like a host or URL (`m.facebook.com`,
 * `https://www.google.com/`), with the host patterns. The most specific pattern wins.
 *
 * @example findSourceSite('WeChat')?.category // 'social'
 * @example findSourceSite('https://baijiahao.baidu.com/s?id=1')?.name // 'baijiahao'
 */
export function findSourceSite(source: string, sites: readonly SourceSite[] = DEFAULT_SOURCE_CATEGORIES): SourceSite | null {
  return memoised(sourceMemo, sites, source, () => lookUpSource(source, sites));
}

function lookUpSource(source: string, sites: readonly SourceSite[]): SourceSite | null {
  const text = source.trim().toLowerCase();
  if (text === '') return null;
  const byAlias = sites.find((s) => s.aliases.some((alias) => alias.toLowerCase() === text));
  if (byAlias !== undefined) return byAlias;
  if (!text.includes('.')) return null;
  const host = hostOf(text);
  return host === null ? null : findSiteByHost(host, sites);
}

/**
 * The known site a host belongs to, the most specific pattern winning, or `null`.
 *
 * @example findSiteByHost('mp.weixin.qq.com')?.name // 'wechat'
 */
export function findSiteByHost(host: string, sites: readonly SourceSite[] = DEFAULT_SOURCE_CATEGORIES): SourceSite | null {
  return memoised(hostMemo, sites, host, () => lookUpHost(host, sites));
}

function lookUpHost(host: string, sites: readonly SourceSite[]): SourceSite | null {
  const labels = bareHost(host.toLowerCase().replace(/\.$/, '')).split('.');
  let best: SourceSite | null = null;
  let bestWeight = 0;
  for (const candidate of sites) {
    for (const pattern of candidate.hosts) {
      const weight = matchWeight(labels, pattern.toLowerCase());
      if (weight > bestWeight) {
        best = candidate;
        bestWeight = weight;
      }
    }
  }
  return best;
}

/** How specifically `pattern` matches the host's labels (its length in characters), or 0. */
function matchWeight(labels: readonly string[], pattern: string): number {
  const wildcard = pattern.endsWith('.*');
  const base = (wildcard ? pattern.slice(0, -2) : pattern).split('.');
  // Try every position where the pattern's labels could start (subdomains come before it).
  for (let start = 0; start + base.length <= labels.length; start++) {
    if (!base.every((label, i) => labels[start + i] === label)) continue;
    const rest = labels.slice(start + base.length);
    if (!wildcard && rest.length === 0) return pattern.length;
    if (wildcard && isTopLevelSuffix(rest)) return pattern.length - 2;
  }
  return 0;
}

function isTopLevelSuffix(rest: readonly string[]): boolean {
  if (rest.length === 1) return /^[a-z]{2,}$/.test(rest[0]!);
  return rest.length === 2 && SECOND_LEVEL.has(rest[0]!) && /^[a-z]{2}$/.test(rest[1]!);
}

/**
 * Lookups scan every host pattern of every site; the same few hosts and sources recur on nearly
 * every event, so answers are remembered per site table (a table is immutable data; a workspace
 * with its own table gets its own memo). Bounded: a memo that grows past its cap starts over.
 */
const MEMO_CAP = 10_000;
const sourceMemo = new WeakMap<readonly SourceSite[], Map<string, SourceSite | null>>();
const hostMemo = new WeakMap<readonly SourceSite[], Map<string, SourceSite | null>>();

function memoised(
  memo: WeakMap<readonly SourceSite[], Map<string, SourceSite | null>>,
  sites: readonly SourceSite[],
  key: string,
  compute: () => SourceSite | null,
): SourceSite | null {
  let answers = memo.get(sites);
  if (answers === undefined || answers.size >= MEMO_CAP) {
    answers = new Map();
    memo.set(sites, answers);
  }
  const known = answers.get(key);
  if (known !== undefined) return known;
  const found = compute();
  answers.set(key, found);
  return found;
}
