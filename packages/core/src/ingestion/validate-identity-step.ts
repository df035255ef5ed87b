import type { SegmentMessage } from './message';
import { ok, reject, type IngestWarningCode, type StepOutcome } from './outcome';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';
import { cleanText, longerThan, truncateCodePoints } from './values';

/** Limits of the identity step; the defaults suit every known SDK. */
export interface ValidateIdentityConfig {
  /** Longest userId, anonymousId, groupId, previousId or messageId, in characters. Default 255. */
  readonly maxIdLength?: number;
  /** Longest track event name, in characters (page/screen names are cut, not rejected). Default 200. */
  readonly maxEventNameLength?: number;
}

/** Who and what the message is about, normalised: ids trimmed, numbers turned into strings. */
export interface IdentityFields {
  readonly messageId: string;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly groupId: string | null;
  readonly previousId: string | null;
  /** `track`: the event name; `page`/`screen`: the name, if any; otherwise null. */
  readonly event: string | null;
  readonly category: string | null;
}

const ID_FIELDS = ['userId', 'anonymousId', 'groupId', 'previousId'] as const;

/** The prefix of derived messageIds, so that they are recognisable and cannot clash with a UUID. */
export const DERIVED_MESSAGE_ID_PREFIX = 'mo-';

/**
 * The identity step: checks the Segment spec's identity rules and settles the dedupe key.
 *
 * - Every message needs a userId or an anonymousId (trimmed; blank means missing).
 * - `track` needs `event`; `alias` needs `previousId` and `userId`; `group` needs `groupId`.
 * - Ids may be numbers (`42` becomes `'42'`); ids longer than 255 characters are rejected.
 * - A missing messageId is derived from the message's content (see `deriveMessageId`) so that a
 *   client retrying the same message is deduplicated; warning `message-id-derived`.
 * - Page and screen names longer than the event-name limit are cut, not rejected (they are often
 *   document titles); warning `name-truncated`.
 *
 * @example createValidateIdentityStep()({ type: 'track', event: 'Signed Up', userId: 42 })
 */
export function createValidateIdentityStep(config: ValidateIdentityConfig = {}) {
  const maxIdLength = config.maxIdLength ?? 255;
  const maxEventNameLength = config.maxEventNameLength ?? 200;

  return function validateIdentityStep(message: SegmentMessage): StepOutcome<IdentityFields> {
    const ids: Record<'userId' | 'anonymousId' | 'groupId' | 'previousId', string | null> = {
      userId: cleanText(message.userId),
      anonymousId: cleanText(message.anonymousId),
      groupId: cleanText(message.groupId),
      previousId: cleanText(message.previousId),
    };
    for (const field of ID_FIELDS) {
      const id = ids[field];
      if (id !== null && longerThan(id, maxIdLength)) {
        return reject(field, 'id-too-long', `${field} is longer than ${maxIdLength} characters`);
      }
    }
    if (ids.userId === null && ids.anonymousId === null) {
      return reject('userId', 'missing-identity', 'every message needs a userId or an anonymousId');
    }
    if (message.type === 'alias' && ids.previousId === null) {
      return reject('previousId', 'missing-previous-id', 'an alias message needs a previousId');
    }
    if (message.type === 'alias' && ids.userId === null) {
      return reject('userId', 'missing-user-id', 'an alias message needs a userId');
    }
    if (message.type === 'group' && ids.groupId === null) {
      return reject('groupId', 'missing-group-id', 'a group message needs a groupId');
    }

    const warnings: IngestWarningCode[] = [];
    let event: string | null = null;
    if (message.type === 'track') {
      event = cleanText(message.event);
      if (event === null) return reject('event', 'missing-event-name', 'a track message needs an event name');
      if (longerThan(event, maxEventNameLength)) {
        return reject('event', 'event-name-too-long', `the event name is longer than ${maxEventNameLength} characters`);
      }
    } else if (message.type === 'page' || message.type === 'screen') {
      event = cleanText(message.name);
      if (event !== null && longerThan(event, maxEventNameLength)) {
        event = truncateCodePoints(event, maxEventNameLength);
        warnings.push('name-truncated');
      }
    }

    let messageId = cleanText(message.messageId);
    if (messageId !== null && longerThan(messageId, maxIdLength)) {
      return reject('messageId', 'message-id-too-long', `messageId is longer than ${maxIdLength} characters`);
    }
    if (messageId === null) {
      messageId = deriveMessageId(message);
      warnings.push('message-id-derived');
    }

    return ok({ messageId, ...ids, event, category: cleanText(message.category) }, warnings);
  };
}

/**
 * A stable messageId for a message that has none: `mo-` and the first 128 bits (32 hex digits) of
 * the SHA-256 of the message's canonical JSON. Why `sentAt` is left out: SDKs set it anew on every
 * send attempt, and a retry must hash to the same id. Two genuinely distinct events with identical
 * content and timestamps also share the id; without a client id they are indistinguishable anyway.
 *
 * @example deriveMessageId({ type: 'track', event: 'A', anonymousId: 'x' }) // 'mo-…' (35 chars)
 */
export function deriveMessageId(message: SegmentMessage): string {
  const { messageId: _messageId, sentAt: _sentAt, ...content } = message;
  return DERIVED_MESSAGE_ID_PREFIX + sha256Hex(canonicalJson(content)).slice(0, 32);
}
