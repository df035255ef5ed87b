import { describe, it, expect } from 'vitest';
import { DEFAULT_SOURCE_CATEGORIES, findSiteByHost, findSourceSite, type SourceCategory } from './source-categories';

describe('findSiteByHost', () => {
  it.each<[string, string, SourceCategory]>([
    ['www.google.com', 'google', 'search'],
    ['www.google.co.jp', 'google', 'search'],
    ['google.com.hk', 'google', 'search'],
    ['com.google.android.googlequicksearchbox', 'google', 'search'],
    ['cn.bing.com', 'bing', 'search'],
    ['search.yahoo.com', 'yahoo', 'search'],
    ['search.yahoo.co.jp', 'yahoo-japan', 'search'],
    ['duckduckgo.com', 'duckduckgo', 'search'],
    ['www.ecosia.org', 'ecosia', 'search'],
    ['www.baidu.com', 'baidu', 'search'],
    ['m.baidu.com', 'baidu', 'search'],
    ['www.sogou.com', 'sogou', 'search'],
    ['www.so.com', '360', 'search'],
    ['search.naver.com', 'naver', 'search'],
    ['yandex.ru', 'yandex', 'search'],
    ['search.seznam.cz', 'seznam', 'search'],
    ['l.facebook.com', 'facebook', 'social'],
    ['l.instagram.com', 'instagram', 'social'],
    ['www.linkedin.com', 'linkedin', 'social'],
    ['t.co', 'x', 'social'],
    ['x.com', 'x', 'social'],
    ['old.reddit.com', 'reddit', 'social'],
    ['pinterest.co.uk', 'pinterest', 'social'],
    ['www.tiktok.com', 'tiktok', 'social'],
    ['mp.weixin.qq.com', 'wechat', 'social'],
    ['weibo.cn', 'weibo', 'social'],
    ['www.douyin.com', 'douyin', 'social'],
    ['v.kuaishou.com', 'kuaishou', 'social'],
    ['www.zhihu.com', 'zhihu', 'social'],
    ['m.toutiao.com', 'toutiao', 'social'],
    ['www.xiaohongshu.com', 'xiaohongshu', 'social'],
    ['xhslink.com', 'xiaohongshu', 'social'],
    ['baijiahao.baidu.com', 'baijiahao', 'social'],
    ['www.sohu.com', 'sohu', 'social'],
    ['line.me', 'line', 'social'],
    ['note.com', 'note', 'social'],
    ['vk.com', 'vk', 'social'],
    ['t.me', 'telegram', 'social'],
    ['wa.me', 'whatsapp', 'social'],
    ['m.youtube.com', 'youtube', 'video'],
    ['youtu.be', 'youtube', 'video'],
    ['vimeo.com', 'vimeo', 'video'],
    ['www.twitch.tv', 'twitch', 'video'],
    ['www.bilibili.com', 'bilibili', 'video'],
    ['b23.tv', 'bilibili', 'video'],
    ['tv.sohu.com', 'sohu-video', 'video'],
    ['www.amazon.co.jp', 'amazon', 'shopping'],
    ['www.amazon.com.br', 'amazon', 'shopping'],
    ['www.ebay.de', 'ebay', 'shopping'],
    ['www.etsy.com', 'etsy', 'shopping'],
    ['shop.app', 'shopify', 'shopping'],
    ['www.walmart.com', 'walmart', 'shopping'],
    ['detail.tmall.com', 'tmall', 'shopping'],
    ['item.taobao.com', 'taobao', 'shopping'],
    ['item.jd.com', 'jd', 'shopping'],
    ['mobile.yangkeduo.com', 'pinduoduo', 'shopping'],
    ['www.rakuten.co.jp', 'rakuten', 'shopping'],
    ['www.mercadolibre.com.mx', 'mercadolibre', 'shopping'],
    ['produto.mercadolivre.com.br', 'mercadolibre', 'shopping'],
    ['shopping.google.com', 'google-shopping', 'shopping'],
  ])('%s is %s (%s)', (host, name, category) => {
    const found = findSiteByHost(host);
    expect([found?.name, found?.category]).toEqual([name, category]);
  });

  it.each(['example.com', 'google.evil.com', 'googleapis.com', 'notweibo.com', 'amazonaws.com', 'localhost'])('does not know %s', (host) => {
    expect(findSiteByHost(host)).toBeNull();
  });
});

describe('findSourceSite', () => {
  it.each<[string, string]>([
    ['google', 'google'],
    ['Google', 'google'],
    ['adwords', 'google'],
    ['weixin', 'wechat'],
    ['WeChat', 'wechat'],
    ['xhs', 'xiaohongshu'],
    ['twitter', 'x'],
    ['fb', 'facebook'],
    ['ig', 'instagram'],
    ['m.facebook.com', 'facebook'],
    ['https://www.baidu.com/link?url=x', 'baidu'],
    ['yahoo.co.jp', 'yahoo-japan'],
    ['360', '360'],
    ['jd', 'jd'],
  ])('%s means %s', (source, name) => {
    expect(findSourceSite(source)?.name).toBe(name);
  });

  it.each(['', '   ', 'newsletter', '(direct)', 'partner-site', 'garbage%%'])('does not know %j', (source) => {
    expect(findSourceSite(source)).toBeNull();
  });

  it('uses the table it is given', () => {
    const custom = [{ name: 'acme-forum', category: 'social' as const, hosts: ['forum.acme.cn'], aliases: ['acme'] }];
    expect(findSourceSite('acme', custom)?.category).toBe('social');
    expect(findSourceSite('google', custom)).toBeNull();
  });
});

describe('DEFAULT_SOURCE_CATEGORIES', () => {
  it('has unique names and lower-case patterns', () => {
    const names = DEFAULT_SOURCE_CATEGORIES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of DEFAULT_SOURCE_CATEGORIES) {
      for (const text of [...s.hosts, ...s.aliases]) expect(text).toBe(text.toLowerCase());
    }
  });

  it('gives every alias to one site only', () => {
    const aliases = DEFAULT_SOURCE_CATEGORIES.flatMap((s) => s.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});
