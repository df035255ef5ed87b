import { InvalidStoredEventError } from '../event-store-errors';
import type { MessageType, StoredEvent } from '../port';
import { formatScaledRevenue, toScaledRevenue } from './money';

/**
 * An event checked and converted for the staging appender before it is queued. Why before: the
 * writer commits many callers' batches in one transaction, so a value DuckDB would refuse (or
 * worse, silently change) must fail its own call up front, never the group.
 */
export interface PreparedEvent {
  readonly source: StoredEvent;
  /** UTC day number of `timestamp` (days since 1970-01-01), the dedupe index's bucket. */
  readonly day: number;
  /** Epoch milliseconds: plain numbers, exact below 2^53, so no BigInt on the hot path. */
  readonly tsMs: number;
  readonly originalTsMs: number | null;
  readonly sentAtMs: number | null;
  readonly receivedAtMs: number;
  /** Exact decimal text with 4 decimals, e.g. `19.9999`. */
  readonly revenueText: string | null;
  /** JSON texts; click ids and warnings are cast to MAP and VARCHAR[] by DuckDB. */
  readonly clickIdsJson: string;
  readonly warningsJson: string;
  readonly propertiesJson: string;
  readonly traitsJson: string;
  readonly contextJson: string;
}

export const MS_PER_DAY = 86_400_000;

const MESSAGE_TYPES: ReadonlySet<MessageType> = new Set(['track', 'identify', 'page', 'screen', 'group', 'alias']);

// Why: DuckDB stores UTF-8; a lone UTF-16 surrogate would come back as U+FFFD, silently changed.
const LONE_SURROGATE = /\p{Surrogate}/u;

class Refusal {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {}
}

/**
 * Checks every event of a call and converts it for the appender; throws
 * {@link InvalidStoredEventError} for the first event the store cannot keep exactly, so the whole
 * call is refused and nothing of it is stored.
 *
 * @example
 * const prepared = prepareEvents(events); // throws InvalidStoredEventError on new Date(NaN)
 */
export function prepareEvents(events: readonly StoredEvent[]): PreparedEvent[] {
  return events.map((event, index) => {
    try {
      return prepareEvent(event);
    } catch (error) {
      if (error instanceof Refusal) {
        throw new InvalidStoredEventError(index, String(event.messageId), error.field, error.reason);
      }
      throw error;
    }
  });
}

function prepareEvent(event: StoredEvent): PreparedEvent {
  requiredText(event.workspaceId, 'workspaceId');
  requiredText(event.messageId, 'messageId');
  if (!MESSAGE_TYPES.has(event.type)) throw new Refusal('type', `must be one of ${[...MESSAGE_TYPES].join(', ')}`);
  for (const field of ['event', 'category', 'userId', 'anonymousId', 'groupId', 'previousId'] as const) {
    optionalText(event[field], field);
  }
  requiredText(event.channel, 'channel');
  if (typeof event.campaign !== 'object' || event.campaign === null) throw new Refusal('campaign', 'must be an object');
  for (const [name, value] of Object.entries(event.campaign)) optionalText(value, `campaign.${name}`);
  for (const field of ['pageUrl', 'pagePath', 'referrer', 'currency'] as const) optionalText(event[field], field);
  const warnings: unknown = event.warnings;
  if (!Array.isArray(warnings)) throw new Refusal('warnings', 'must be an array of strings');
  warnings.forEach((warning, i) => requiredText(warning, `warnings.${i}`));

  const tsMs = requiredMs(event.timestamp, 'timestamp');
  return {
    source: event,
    day: Math.floor(tsMs / MS_PER_DAY),
    tsMs,
    originalTsMs: optionalMs(event.originalTimestamp, 'originalTimestamp'),
    sentAtMs: optionalMs(event.sentAt, 'sentAt'),
    receivedAtMs: requiredMs(event.receivedAt, 'receivedAt'),
    revenueText: revenue(event.revenue),
    clickIdsJson: clickIds(event.clickIds),
    warningsJson: JSON.stringify(warnings),
    propertiesJson: jsonObject(event.properties, 'properties'),
    traitsJson: jsonObject(event.traits, 'traits'),
    contextJson: jsonObject(event.context, 'context'),
  };
}

function requiredText(value: unknown, field: string): void {
  if (typeof value !== 'string') throw new Refusal(field, 'must be a string');
  if (LONE_SURROGATE.test(value)) throw new Refusal(field, 'contains a lone UTF-16 surrogate');
}

function optionalText(value: unknown, field: string): void {
  if (value !== null) requiredText(value, field);
}

function requiredMs(value: unknown, field: string): number {
  if (!(value instanceof Date) || !Number.isFinite(value.getTime())) throw new Refusal(field, 'must be a valid Date');
  return value.getTime();
}

function optionalMs(value: unknown, field: string): number | null {
  return value === null ? null : requiredMs(value, field);
}

function revenue(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'number') throw new Refusal('revenue', 'must be a number or null');
  const scaled = toScaledRevenue(value);
  if (typeof scaled !== 'bigint') throw new Refusal('revenue', scaled.reason);
  return formatScaledRevenue(scaled);
}

function clickIds(value: unknown): string {
  if (!isPlainObject(value)) throw new Refusal('clickIds', 'must be an object of strings');
  for (const [name, id] of Object.entries(value)) {
    requiredText(name, 'clickIds');
    requiredText(id, `clickIds.${name}`);
  }
  return JSON.stringify(value);
}

function jsonObject(value: unknown, field: string): string {
  if (!isPlainObject(value)) throw new Refusal(field, 'must be an object');
  try {
    // Why no surrogate check here: JSON.stringify escapes lone surrogates (`\ud800`), which
    // JSON.parse turns back into the same string.
    return JSON.stringify(value);
  } catch (error) {
    throw new Refusal(field, `cannot be encoded as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
