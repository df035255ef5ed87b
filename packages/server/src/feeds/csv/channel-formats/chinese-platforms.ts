import type { ChannelStatFormat } from './format';

// Why these names: they are the column headers the platforms' own back-ends print in their CSV
// and Excel exports as published in their help pages and in screenshots. None was checked against
// a real export here; docs/feeds.md says so, and every list is easy to extend.

/** WeChat Official Accounts (公众号后台 → 数据分析): user analysis (用户分析) and content analysis (内容分析/图文分析). */
export const WECHAT: ChannelStatFormat = {
  id: 'wechat',
  title: 'WeChat Official Account (公众号后台): 用户分析 and 内容分析/图文分析 daily exports',
  platform: 'wechat',
  dateOrder: 'ymd',
  dateColumns: ['日期', '时间', '统计日期', 'date'],
  metrics: {
    followers: [[['累积关注人数', '累计关注人数', '总关注人数', '总用户数']]],
    reads: [[['阅读次数', '图文页阅读次数', '内容阅读次数', '阅读量']], [['阅读人数', '图文页阅读人数']]],
    interactions: [
      [
        ['分享次数', '分享转发次数', '转发次数', '分享人数', '分享转发人数'],
        ['收藏次数', '微信收藏次数', '收藏人数', '微信收藏人数'],
        ['点赞次数', '点赞数', '点赞人数', '点赞'],
        ['在看次数', '在看数', '在看人数', '在看'],
        ['留言次数', '留言数', '留言人数', '评论数'],
      ],
      [['互动次数', '互动数']],
    ],
    posts: [[['群发篇数', '发表篇数', '发文篇数', '群发次数']]],
  },
};

/** Weibo (微博数据中心 / 数据助手) daily overview exports. */
export const WEIBO: ChannelStatFormat = {
  id: 'weibo',
  title: 'Weibo (微博数据中心/数据助手): daily overview exports',
  platform: 'weibo',
  dateOrder: 'ymd',
  dateColumns: ['日期', '时间', 'date'],
  metrics: {
    followers: [[['粉丝数', '粉丝总数', '总粉丝数', '累计粉丝数']]],
    reads: [[['阅读数', '阅读量', '博文阅读数', '阅读次数']], [['曝光量', '曝光数']]],
    interactions: [
      [
        ['转发数', '转发量', '转发'],
        ['评论数', '评论量', '评论'],
        ['点赞数', '点赞量', '点赞', '赞'],
      ],
      [['互动数', '互动量', '互动次数']],
    ],
    posts: [[['发博数', '发博量', '博文数', '微博数', '发布数']]],
  },
};

/** Douyin creator centre (抖音创作者中心 → 数据中心 → 账号总览) daily exports. */
export const DOUYIN: ChannelStatFormat = {
  id: 'douyin',
  title: 'Douyin (抖音创作者中心 数据中心): account overview daily exports',
  platform: 'douyin',
  dateOrder: 'ymd',
  dateColumns: ['日期', '时间', 'date'],
  metrics: {
    followers: [[['总粉丝数', '粉丝总数', '粉丝总量', '累计粉丝数', '粉丝数']]],
    reads: [[['播放量', '作品播放量', '视频播放量', '播放数', '播放次数']]],
    interactions: [
      [
        ['点赞量', '点赞数', '点赞'],
        ['评论量', '评论数', '评论'],
        ['分享量', '分享数', '分享'],
        ['收藏量', '收藏数', '收藏'],
      ],
      [['互动量', '互动数']],
    ],
    posts: [[['作品数', '发布作品数', '投稿量', '投稿数', '新增作品数', '发布数']]],
  },
};
