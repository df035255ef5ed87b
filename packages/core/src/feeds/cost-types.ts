import { normaliseLabel } from './labels';

/**
 * Kinds of marketing cost. They cover the costs the source articles name for the marketing,
 * brand and PR functions: paid media placement, events (fairs, exhibitions, launches, roadshows),
 * sponsorships, PR (press releases, media relations, crisis work), influencer/KOL cooperation,
 * content production, printed and promotional materials, agency fees, market research, software
 * and tools; anything else is `other`.
 */
export const COST_TYPES = [
  'media',
  'event',
  'sponsorship',
  'pr',
  'influencer',
  'content',
  'materials',
  'agency',
  'research',
  'tools',
  'other',
] as const;
/** A kind of marketing cost. */
export type CostType = (typeof COST_TYPES)[number];

/**
 * Words accepted for each type besides its id, in English, Chinese, Japanese and Spanish. Matched
 * after {@link normaliseLabel} (case, width and separators ignored). docs/feeds.md lists them.
 */
export const COST_TYPE_ALIASES: Readonly<Record<CostType, readonly string[]>> = {
  media: ['media placement', 'advertising', 'ads', 'paid media', '媒介', '媒体投放', '广告', '广告投放', '投放', '広告', '媒体費', '広告費', 'publicidad', 'medios'],
  event: ['events', 'fair', 'exhibition', 'launch', 'roadshow', '活动', '展会', '发布会', '路演', 'イベント', '展示会', '発表会', 'evento', 'eventos', 'feria', 'lanzamiento'],
  sponsorship: ['sponsor', '赞助', '冠名', 'スポンサー', '協賛', 'patrocinio'],
  pr: ['public relations', '公关', '公关费', '媒体关系', '広報', 'relaciones publicas'],
  influencer: ['kol', 'koc', 'influencers', '达人', '网红', 'kol投放', 'インフルエンサー', 'influenciador', 'influencers marketing'],
  content: ['content production', '内容', '内容制作', '视频制作', 'コンテンツ', 'コンテンツ制作', 'contenido', 'contenidos'],
  materials: ['material', 'print', 'printing', 'merchandise', '物料', '印刷', '宣传品', '販促物', '制作物', 'materiales', 'impresion'],
  agency: ['agency fee', 'agencies', '代理', '代理费', '服务费', '代理店', '代理店手数料', 'agencia', 'agencias'],
  research: ['market research', 'survey', '调研', '市场调研', '調査', '市場調査', 'investigacion', 'investigacion de mercado'],
  tools: ['tool', 'software', 'saas', '工具', '软件', 'ツール', 'ソフトウェア', 'herramientas'],
  other: ['others', 'misc', '其他', '其它', 'その他', 'otro', 'otros'],
};

const byLabel = new Map<string, CostType>();
for (const type of COST_TYPES) {
  byLabel.set(normaliseLabel(type), type);
  for (const alias of COST_TYPE_ALIASES[type]) byLabel.set(normaliseLabel(alias), type);
}

/**
 * The cost type a file's cell names, or null when it names none.
 *
 * @example parseCostType('KOL') // 'influencer'
 * @example parseCostType('展会') // 'event'
 */
export function parseCostType(text: string): CostType | null {
  return byLabel.get(normaliseLabel(text)) ?? null;
}
