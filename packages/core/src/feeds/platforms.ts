import { normaliseLabel } from './labels';

/**
 * Platform ids and the names files use for them. Ids are lower-case ASCII; a platform not listed
 * here is kept under its own name, normalised the same way (`normaliseLabel`, spaces as `-`).
 */
export const PLATFORM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  wechat: ['weixin', '微信', '公众号', '微信公众号'],
  weibo: ['sina weibo', '微博', '新浪微博'],
  douyin: ['抖音'],
  xiaohongshu: ['rednote', 'little red book', '小红书'],
  bilibili: ['b站', '哔哩哔哩'],
  kuaishou: ['快手'],
  zhihu: ['知乎'],
  toutiao: ['今日头条', '头条'],
  youtube: ['youtube studio'],
  facebook: ['fb', 'meta'],
  instagram: ['ig'],
  x: ['twitter', 'x twitter', 'x (twitter)'],
  linkedin: ['linked in'],
  tiktok: [],
  line: ['line公式アカウント'],
  note: [],
};

const byName = new Map<string, string>();
for (const [id, names] of Object.entries(PLATFORM_ALIASES)) {
  byName.set(normaliseLabel(id), id);
  for (const name of names) byName.set(normaliseLabel(name), id);
}

/**
 * The platform id for a name in a file.
 *
 * @example normalisePlatform('微信') // 'wechat'
 * @example normalisePlatform('Twitter') // 'x'
 * @example normalisePlatform('Threads App') // 'threads-app'
 */
export function normalisePlatform(name: string): string {
  const label = normaliseLabel(name);
  return byName.get(label) ?? label.replaceAll(' ', '-');
}
