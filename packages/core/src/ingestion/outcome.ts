/**
 * Per-step outcomes as values (STYLE.md, "outcomes as values in pipelines"): a bad message becomes
 * a rejection that the caller counts, reports and keeps for inspection; it is never thrown.
 * Warnings record what was repaired or ignored on an accepted message; they are stored on the event.
 */

/**
 * Why a message was rejected. Stable codes: clients and the API reference rely on them, so a
 * code is never renamed or reused for another meaning.
 */
export const INGEST_REJECT_CODES = {
  'missing-identity': 'The message has neither userId nor anonymousId (blank strings count as missing).',
  'id-too-long': 'An id (userId, anonymousId, groupId, previousId) is longer than 255 characters.',
  'missing-event-name': 'A track message has no event name (blank counts as missing).',
  'event-name-too-long': 'A track event name is longer than 200 characters.',
  'missing-user-id': 'An alias message has no userId (the id the previous id is merged into).',
  'missing-previous-id': 'An alias message has no previousId.',
  'missing-group-id': 'A group message has no groupId.',
  'message-id-too-long': 'The messageId is longer than 255 characters.',
  'invalid-timestamp': 'A time field (timestamp, originalTimestamp, sentAt) is not an ISO-8601 date-time.',
  'timestamp-too-old':
    'The event time is before 2000-01-01, or older than the maximum age (default 5 years) outside a historical import.',
  'internal-error': 'The pipeline failed unexpectedly on this message (a bug); the message is kept for inspection.',
} as const;

/** A stable rejection code; see `INGEST_REJECT_CODES` for each meaning. */
export type IngestRejectCode = keyof typeof INGEST_REJECT_CODES;

/** What was repaired or ignored on an accepted message. Stable codes, stored on the event. */
export const INGEST_WARNING_CODES = {
  'message-id-derived': 'The message had no messageId; a stable one (`mo-` + hash of its content) was derived.',
  'name-truncated': 'A page or screen name longer than 200 characters was cut to 200.',
  'timestamp-clamped-future': 'The event time was more than 23 hours after receipt; receivedAt was used instead.',
  'page-url-invalid': 'context.page.url (or properties.url) cannot be read as a URL; no path was derived from it (its query is still read).',
  'campaign-value-undecodable': 'A UTM or click-id value had broken percent-encoding; it was kept undecoded.',
  'referrer-invalid': 'The referrer is not a URL; it was kept but ignored when deriving the channel.',
  'revenue-not-numeric': 'revenue (or total/value) is not a number or a plain decimal string; revenue is null.',
  'currency-invalid': 'currency is not a 3-letter ISO 4217 code; currency is null.',
} as const;

/** A stable warning code; see `INGEST_WARNING_CODES` for each meaning. */
export type IngestWarningCode = keyof typeof INGEST_WARNING_CODES;

/** A step succeeded, possibly with warnings about what it repaired. */
export interface StepOk<T> {
  readonly kind: 'ok';
  readonly value: T;
  readonly warnings: readonly IngestWarningCode[];
}

/** The message cannot be stored. `field` names the offending field, e.g. `userId`, `sentAt`. */
export interface IngestRejection {
  readonly kind: 'reject';
  readonly field: string;
  /** A human-readable explanation, safe to show to the sender. */
  readonly reason: string;
  readonly code: IngestRejectCode;
}

/** The outcome of one pipeline step. */
export type StepOutcome<T> = StepOk<T> | IngestRejection;

/**
 * A successful step outcome.
 *
 * @example ok({ revenue: 12.5 }, ['currency-invalid'])
 */
export function ok<T>(value: T, warnings: readonly IngestWarningCode[] = []): StepOk<T> {
  return { kind: 'ok', value, warnings };
}

/**
 * A rejection of the message.
 *
 * @example reject('event', 'missing-event-name', 'a track message needs an event name')
 */
export function reject(field: string, code: IngestRejectCode, reason: string): IngestRejection {
  return { kind: 'reject', field, reason, code };
}
