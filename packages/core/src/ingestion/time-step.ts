import type { IngestContext, SegmentMessage } from './message';
import { ok, reject, type IngestRejection, type IngestWarningCode, type StepOutcome } from './outcome';
import { parseIsoTime } from './iso-time';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Bounds of the time step. */
export interface TimeStepConfig {
  /** How far after receipt an event time may lie before it is clamped. Default 23 h (PostHog's rule). */
  readonly maxFutureMs?: number;
  /** How far before receipt an event time may lie outside a historical import. Default 5 years. */
  readonly maxAgeMs?: number;
}

/** Default `maxFutureMs`: 23 hours. */
export const DEFAULT_MAX_FUTURE_MS = 23 * HOUR_MS;
/** Default `maxAgeMs`: 5 years of 365.25 days. */
export const DEFAULT_MAX_AGE_MS = 5 * 365.25 * DAY_MS;
/** No event is older than this, even in a historical import: such times come from reset clocks. */
export const EARLIEST_EVENT_TIME = new Date('2000-01-01T00:00:00.000Z');

/** The message's times after correction. */
export interface EventTimes {
  readonly timestamp: Date;
  readonly originalTimestamp: Date | null;
  /** The message's own `sentAt`, else the batch's. */
  readonly sentAt: Date | null;
  readonly receivedAt: Date;
}

/**
 * The time step: decides when the event happened.
 *
 * 1. Parse `timestamp`, `originalTimestamp` and `sentAt` (the message's, else the batch's) as strict
 *    ISO-8601 (`parseIsoTime`). A field that is present but does not parse rejects the message with
 *    `invalid-timestamp` naming the field (`batch.sentAt` for the batch's). An empty or blank string
 *    counts as absent: it carries no time, and rejecting would lose an otherwise good event.
 * 2. Clock-skew correction (Segment, RudderStack; Snowplow's `derived_tstamp`): when both `sentAt`
 *    and `originalTimestamp` are known, `timestamp = receivedAt - (sentAt - originalTimestamp)`,
 *    because the device clock's offset cancels out of the difference. Else the client's `timestamp`
 *    as given (server-side SDKs have good clocks and backfills set it explicitly). Else receivedAt.
 * 3. Future: more than `maxFutureMs` (23 h) after receivedAt is clamped to receivedAt with warning
 *    `timestamp-clamped-future` (PostHog's rule; a clamp, not a reject, because the event itself is
 *    real and only its clock is wrong).
 * 4. Past: before 2000-01-01 is always rejected with `timestamp-too-old`; older than `maxAgeMs`
 *    (5 years) before receivedAt is rejected the same way unless `ctx.historicalImport`. Why reject
 *    rather than clamp: a clamped ancient event would land on today's charts as fresh activity and
 *    silently distort them; a rejection is reported to the sender, who can resend it as an import.
 *
 * Bounds are relative to `receivedAt`, not `ctx.now`, so replaying a message gives the same result.
 *
 * @example createTimeStep()({ type: 'track', timestamp: '2024-05-01T08:00:00Z' }, ctx)
 */
export function createTimeStep(config: TimeStepConfig = {}) {
  const maxFutureMs = config.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS;
  const maxAgeMs = config.maxAgeMs ?? DEFAULT_MAX_AGE_MS;

  return function timeStep(message: SegmentMessage, ctx: IngestContext): StepOutcome<EventTimes> {
    const timestamp = readTime(message.timestamp, 'timestamp');
    if (isRejection(timestamp)) return timestamp;
    const originalTimestamp = readTime(message.originalTimestamp, 'originalTimestamp');
    if (isRejection(originalTimestamp)) return originalTimestamp;
    const sentAt = isBlank(message.sentAt) ? readTime(ctx.batchSentAt, 'batch.sentAt') : readTime(message.sentAt, 'sentAt');
    if (isRejection(sentAt)) return sentAt;

    const receivedAt = ctx.receivedAt;
    let eventTime: Date;
    if (sentAt !== null && originalTimestamp !== null) {
      eventTime = new Date(receivedAt.getTime() - (sentAt.getTime() - originalTimestamp.getTime()));
    } else eventTime = timestamp ?? receivedAt;

    const warnings: IngestWarningCode[] = [];
    if (eventTime.getTime() > receivedAt.getTime() + maxFutureMs) {
      eventTime = receivedAt;
      warnings.push('timestamp-clamped-future');
    }
    if (eventTime.getTime() < EARLIEST_EVENT_TIME.getTime()) {
      return reject('timestamp', 'timestamp-too-old', `the event time ${eventTime.toISOString()} is before 2000-01-01`);
    }
    if (!ctx.historicalImport && eventTime.getTime() < receivedAt.getTime() - maxAgeMs) {
      return reject(
        'timestamp',
        'timestamp-too-old',
        `the event time ${eventTime.toISOString()} is older than the maximum age; send it as a historical import`,
      );
    }
    return ok({ timestamp: eventTime, originalTimestamp, sentAt, receivedAt }, warnings);
  };
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function readTime(text: string | undefined, field: string): Date | null | IngestRejection {
  if (text === undefined || text.trim() === '') return null;
  return parseIsoTime(text) ?? reject(field, 'invalid-timestamp', `${field} is not an ISO-8601 date-time: ${JSON.stringify(text.slice(0, 64))}`);
}

function isRejection(value: Date | null | IngestRejection): value is IngestRejection {
  return value !== null && !(value instanceof Date);
}
