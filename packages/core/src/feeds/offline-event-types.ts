import { normaliseLabel } from './labels';

/** Kinds of offline event an attendee list comes from. */
export const OFFLINE_EVENT_TYPES = ['fair', 'exhibition', 'launch', 'press', 'conference', 'meetup', 'other'] as const;
/** A kind of offline event. */
export type OfflineEventType = (typeof OFFLINE_EVENT_TYPES)[number];

/**
 * Words accepted for each type besides its id, in English, Chinese, Japanese and Spanish. Matched
 * after {@link normaliseLabel} (case, width, accents and separators ignored). docs/feeds.md lists them.
 */
export const OFFLINE_EVENT_TYPE_ALIASES: Readonly<Record<OfflineEventType, readonly string[]>> = {
  fair: ['trade fair', 'trade show', 'tradeshow', 'expo', '展会', '博览会', '交易会', '展示会', '見本市', 'feria', 'feria comercial'],
  exhibition: ['exhibit', 'exposition', '展览', '展览会', '展覧会', 'exposicion', 'exhibicion', 'muestra'],
  launch: ['product launch', 'launch event', '发布会', '新品发布会', '产品发布会', '発表会', '新製品発表会', 'lanzamiento', 'presentacion de producto'],
  press: ['press event', 'press conference', 'media event', '新闻发布会', '记者会', '媒体见面会', '記者会見', 'プレスイベント', 'rueda de prensa', 'conferencia de prensa'],
  conference: ['summit', 'forum', 'congress', 'seminar', '会议', '大会', '峰会', '论坛', '研讨会', 'カンファレンス', '会議', 'セミナー', 'フォーラム', 'conferencia', 'congreso', 'foro', 'seminario'],
  meetup: ['meet up', 'networking', 'salon', '沙龙', '见面会', '交流会', 'ミートアップ', '懇親会', 'encuentro', 'reunion'],
  other: ['others', 'other event', '其他', '其它', 'その他', 'otro', 'otros'],
};

/**
 * The `utm_medium` an event of each type is tagged with: a medium the default channel rules
 * (ingestion/channel-rules.ts) put in Offline Press (`press-event`) or Offline Events (the
 * type's own name where the rules know it, else `event`).
 */
export const OFFLINE_EVENT_MEDIUM: Readonly<Record<OfflineEventType, string>> = {
  fair: 'fair',
  exhibition: 'exhibition',
  launch: 'launch',
  press: 'press-event',
  conference: 'conference',
  meetup: 'meetup',
  other: 'event',
};

const byLabel = new Map<string, OfflineEventType>();
for (const type of OFFLINE_EVENT_TYPES) {
  byLabel.set(normaliseLabel(type), type);
  for (const alias of OFFLINE_EVENT_TYPE_ALIASES[type]) byLabel.set(normaliseLabel(alias), type);
}

/**
 * The offline event type a file's cell names, or null when it names none.
 *
 * @example parseOfflineEventType('展会') // 'fair'
 * @example parseOfflineEventType('Rueda de prensa') // 'press'
 */
export function parseOfflineEventType(text: string): OfflineEventType | null {
  return byLabel.get(normaliseLabel(text)) ?? null;
}
