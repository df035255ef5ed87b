import { EVENTS } from '../metrics/vocabulary';
import type { SegmentMessage } from '../ingestion/message';
import { sha256Hex } from '../ingestion/sha256';
import type { OfflineContactDraft } from './offline-contact-row';
import { OFFLINE_EVENT_MEDIUM } from './offline-event-types';
import type { RowKeyResult } from './row-keys';

/** The track event each attendee row becomes. */
export const OFFLINE_EVENT_ATTENDED = EVENTS.eventAttended;
/** Prefix of the messageIds of offline-contact imports. */
export const OFFLINE_MESSAGE_ID_PREFIX = 'offline-';

/**
 * Gives the rows of one offline-contacts file their keys, in file order, by the costs rule
 * (row-keys.ts): `id:<id>` for a row with an `id` (the same id twice is a problem), else
 * `h:<sha256 of the normalised values>` plus `:<n>` for the n-th identical row.
 *
 * @example
 * const key = createOfflineContactRowKeyer();
 * key(draft) // { ok: true, rowKey: 'h:5d41…' }
 */
export function createOfflineContactRowKeyer(): (draft: OfflineContactDraft) => RowKeyResult {
  const firstLineOfId = new Map<string, number>();
  const occurrences = new Map<string, number>();
  return function keyOfflineContactRow(draft) {
    if (draft.id !== null) {
      const first = firstLineOfId.get(draft.id);
      if (first !== undefined) {
        return { ok: false, problem: { line: draft.line, field: 'id', reason: `id "${draft.id}" is already used on line ${first}` } };
      }
      firstLineOfId.set(draft.id, draft.line);
      return { ok: true, rowKey: `id:${draft.id}` };
    }
    const { date, eventName, eventType, userId, email, phone, name, company, title, city, country, campaign, source } = draft;
    const hash = sha256Hex(JSON.stringify([date, eventName, eventType, userId, email, phone, name, company, title, city, country, campaign, source]));
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return { ok: true, rowKey: n === 1 ? `h:${hash}` : `h:${hash}:${n}` };
  };
}

/**
 * The userId of an attendee: the `user_id` column, else `email:<email>`, else `phone:<phone>`.
 * So a person known by email at one fair and by the same email online (after `identify` with
 * that userId) is one person; a row with only a phone is a separate person from the same
 * person's email row (MarketOps does not merge identities on its own).
 *
 * @example offlinePersonId({ userId: null, email: 'li@example.cn', phone: '+86138' }) // 'email:li@example.cn'
 */
export function offlinePersonId(draft: Pick<OfflineContactDraft, 'userId' | 'email' | 'phone'>): string {
  if (draft.userId !== null) return draft.userId;
  if (draft.email !== null) return `email:${draft.email}`;
  // Why the assertion: validation refuses rows without any of the three.
  return `phone:${draft.phone!}`;
}

/**
 * The event time of an attendance: the event day at 12:00 UTC. The file gives a day, not a time;
 * noon UTC falls on that same calendar day in every time zone from UTC-11 to UTC+11, so reports in
 * the workspace's zone put the attendance on the day of the event. Fixed, so a re-import sends
 * the same time and the event store's dedupe recognises it.
 *
 * @example offlineEventTime('2026-04-24') // '2026-04-24T12:00:00.000Z'
 */
export function offlineEventTime(date: string): string {
  return `${date}T12:00:00.000Z`;
}

/**
 * The messageId of one message of a row: `offline-` + SHA-256 of workspace, row key and kind.
 * The same file imported again gives the same ids, which the event store stores once.
 */
export function offlineMessageId(workspaceId: string, rowKey: string, kind: 'identify' | 'track'): string {
  return OFFLINE_MESSAGE_ID_PREFIX + sha256Hex(JSON.stringify([workspaceId, rowKey, kind]));
}

/**
 * The two Segment messages of one attendee row: an `identify` with the traits the row has
 * (email, phone, name, company, title, city, country), and a `track` "Event Attended"
 * tagged with the campaign (`campaign` or the event's name), source (`source` or the event's
 * name) and a medium the channel rules classify as Offline Events or Offline Press.
 *
 * @example offlineContactMessages('acme', draft, 'id:r1') // [{ type: 'identify', ... }, { type: 'track', ... }]
 */
export function offlineContactMessages(workspaceId: string, draft: OfflineContactDraft, rowKey: string): [SegmentMessage, SegmentMessage] {
  const userId = offlinePersonId(draft);
  const timestamp = offlineEventTime(draft.date);
  const traits = present({
    email: draft.email,
    phone: draft.phone,
    name: draft.name,
    company: draft.company,
    title: draft.title,
    city: draft.city,
    country: draft.country,
  });
  const properties = present({ event_name: draft.eventName, event_type: draft.eventType, city: draft.city, country: draft.country });
  const campaign = { name: draft.campaign ?? draft.eventName, source: draft.source ?? draft.eventName, medium: OFFLINE_EVENT_MEDIUM[draft.eventType] };
  return [
    { type: 'identify', userId, traits, timestamp, messageId: offlineMessageId(workspaceId, rowKey, 'identify') },
    { type: 'track', event: OFFLINE_EVENT_ATTENDED, userId, properties, timestamp, context: { campaign }, messageId: offlineMessageId(workspaceId, rowKey, 'track') },
  ];
}

function present(values: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null) out[key] = value;
  return out;
}
