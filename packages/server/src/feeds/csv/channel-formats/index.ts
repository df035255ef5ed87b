import { DomainError } from '@marketops/core';
import { DOUYIN, WECHAT, WEIBO } from './chinese-platforms';
import { CHANNEL_STAT_FORMAT_IDS, type ChannelStatFormat, type ChannelStatFormatId } from './format';
import { FACEBOOK, INSTAGRAM, LINKEDIN, X, YOUTUBE } from './western-platforms';

export { CHANNEL_STAT_FORMAT_IDS, type ChannelStatFormat, type ChannelStatFormatId, type MetricParts } from './format';

/**
 * The generic format, for platforms without a mapping and for hand-made sheets: one row per
 * platform, account and day.
 */
export const GENERIC: ChannelStatFormat = {
  id: 'generic',
  title: 'Generic: platform, account, date, followers, reads, interactions, posts',
  platform: null,
  dateOrder: 'ymd',
  dateColumns: ['date', '日期', '日付', 'fecha'],
  platformColumns: ['platform', '平台', 'プラットフォーム', 'plataforma'],
  accountColumns: ['account', 'account name', 'handle', '账号', '帐号', '账号名称', 'アカウント', 'アカウント名', 'cuenta'],
  metrics: {
    followers: [[['followers', 'fans', 'subscribers', '粉丝数', '粉丝', '关注人数', 'フォロワー数', 'フォロワー', 'seguidores', 'suscriptores']]],
    reads: [[['reads', 'views', 'impressions', '阅读数', '阅读量', '播放量', '浏览量', '閲覧数', '表示回数', '再生回数', 'lecturas', 'visualizaciones', 'impresiones']]],
    interactions: [[['interactions', 'engagements', '互动数', '互动量', 'エンゲージメント', 'エンゲージメント数', 'interacciones']]],
    posts: [[['posts', '发文数', '发布数', '投稿数', 'publicaciones']]],
  },
};

/** Every channel-statistics format by id. */
export const CHANNEL_STAT_FORMATS: Readonly<Record<ChannelStatFormatId, ChannelStatFormat>> = {
  wechat: WECHAT,
  weibo: WEIBO,
  douyin: DOUYIN,
  youtube: YOUTUBE,
  facebook: FACEBOOK,
  instagram: INSTAGRAM,
  x: X,
  linkedin: LINKEDIN,
  generic: GENERIC,
};

/**
 * The format named `id` (case ignored). Throws IMPORT_FORMAT_UNKNOWN naming the formats there are.
 *
 * @example findChannelStatFormat('WeChat').platform // 'wechat'
 */
export function findChannelStatFormat(id: string): ChannelStatFormat {
  const key = id.trim().toLowerCase();
  const format = (CHANNEL_STAT_FORMAT_IDS as readonly string[]).includes(key) ? CHANNEL_STAT_FORMATS[key as ChannelStatFormatId] : undefined;
  if (format === undefined) {
    throw new DomainError('IMPORT_FORMAT_UNKNOWN', `unknown channel-statistics format "${id}" (one of ${CHANNEL_STAT_FORMAT_IDS.join(', ')})`, [
      { path: 'format', code: 'IMPORT_FORMAT_UNKNOWN', message: `use one of ${CHANNEL_STAT_FORMAT_IDS.join(', ')}` },
    ]);
  }
  return format;
}
