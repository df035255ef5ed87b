import { MESSAGE_TYPES, SegmentMessageSchema } from '@marketops/contracts';
import type { SegmentMessage } from '@marketops/core';

/** Segment's limits: 32 KB per message, 500 KB per batch request. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
/** Deeper JSON is refused: no analysis reads it, and deep values cost stack in every consumer. */
export const MAX_DEPTH = 32;

/**
 * Reasons the HTTP edge rejects a single message before enrichment (the pipeline's own codes are
 * in core's `INGEST_REJECT_CODES`). Stable: documented in the README's ingestion reference.
 */
export const EDGE_REJECT_CODES = {
  'not-an-object': 'A batch entry is not a JSON object.',
  'message-too-large': 'The message is larger than 32 KB once serialised.',
  'invalid-shape': 'A field has the wrong type (e.g. properties is not an object, type is not one of the six calls).',
  'too-deep': `properties, traits or context nest deeper than ${MAX_DEPTH} levels.`,
  'invalid-unicode': 'A string holds a lone UTF-16 surrogate, which is not valid Unicode text.',
  'unstorable-value': 'A value the event store cannot keep exactly, e.g. revenue of 10^14 or more (DECIMAL(18,4)).',
} as const;
export type EdgeRejectCode = keyof typeof EDGE_REJECT_CODES;

export type EdgeOutcome =
  | { readonly kind: 'ok'; readonly message: SegmentMessage }
  | { readonly kind: 'reject'; readonly field: string; readonly code: EdgeRejectCode; readonly reason: string };

/**
 * Checks one raw message: size, shape (zod), nesting depth and Unicode well-formedness. Never
 * throws; the caller turns rejections into dead letters.
 *
 * The hot path (measured by `npm run bench:ingest`) avoids two whole-message passes while giving
 * the same answers: the size is bounded during the depth/Unicode walk, and serialised exactly
 * only when the bound cannot decide; a message whose fields all have the right types is taken
 * as zod would return it, and zod runs only when something is off (for its exact issue).
 */
export function checkMessage(raw: unknown, routeType?: SegmentMessage['type']): EdgeOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'reject', field: '', code: 'not-an-object', reason: 'expected a JSON object' };
  }
  const scan: Scan = { upperBytes: 0, exotic: false, protoKey: false };
  // Why depth first: serialising a message nested thousands of levels deep would overflow the stack.
  const problem = scanValue(raw, 0, scan);
  if (problem) return { kind: 'reject', ...problem };
  if (scan.exotic || scan.upperBytes > MAX_MESSAGE_BYTES) {
    const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
    if (bytes > MAX_MESSAGE_BYTES) {
      return { kind: 'reject', field: '', code: 'message-too-large', reason: `${bytes} bytes; the limit is ${MAX_MESSAGE_BYTES}` };
    }
  }
  // Why: on `/v1/track` and friends the route names the call; a body's own `type` is ignored there.
  const input = routeType ? { ...(raw as Record<string, unknown>), type: routeType } : (raw as Record<string, unknown>);
  // Why zod for `__proto__` keys and non-JSON values: it strips the former; only it knows the rest.
  const fast = scan.protoKey || scan.exotic ? null : wellTyped(input);
  if (fast) return { kind: 'ok', message: fast };
  const parsed = SegmentMessageSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { kind: 'reject', field: issue.path.map(String).join('.'), code: 'invalid-shape', reason: issue.message };
  }
  return { kind: 'ok', message: parsed.data as SegmentMessage };
}

interface Scan {
  /**
   * An upper bound of the message's serialised UTF-8 size: a UTF-16 code unit never takes more
   * than 6 bytes in JSON (`\u001f`; 3 bytes of UTF-8 at most otherwise), a finite number at most 24.
   */
  upperBytes: number;
  /** A value JSON text cannot hold (undefined, bigint, a class instance...): size it exactly. */
  exotic: boolean;
  /** A `__proto__` key somewhere. */
  protoKey: boolean;
}

type Problem = { field: string; code: EdgeRejectCode; reason: string };

/** Depth and Unicode check (first problem in document order, path relative to `value`), sizing as it goes. */
function scanValue(value: unknown, depth: number, scan: Scan): Problem | null {
  if (typeof value === 'string') {
    scan.upperBytes += 6 * value.length + 2;
    return value.isWellFormed() ? null : { field: '', code: 'invalid-unicode', reason: 'the string holds a lone surrogate' };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    scan.upperBytes += 25;
    return null;
  }
  if (typeof value !== 'object') {
    scan.exotic = true;
    return null;
  }
  if (depth >= MAX_DEPTH) return { field: '', code: 'too-deep', reason: `nested deeper than ${MAX_DEPTH} levels` };
  scan.upperBytes += 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      scan.upperBytes += 1;
      const found = scanValue(value[i], depth + 1, scan);
      if (found) return within(String(i), found);
    }
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) scan.exotic = true;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!key.isWellFormed()) return { field: key, code: 'invalid-unicode', reason: 'a key holds a lone surrogate' };
    if (key === '__proto__') scan.protoKey = true;
    scan.upperBytes += 6 * key.length + 4;
    const found = scanValue((value as Record<string, unknown>)[key], depth + 1, scan);
    if (found) return within(key, found);
  }
  return null;
}

const within = (key: string, problem: Problem): Problem => ({ ...problem, field: problem.field ? `${key}.${problem.field}` : key });

const CALL_TYPES: ReadonlySet<unknown> = new Set(MESSAGE_TYPES);
const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => v === undefined || v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isOptionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const isOptionalRecord = (v: unknown) => v === undefined || v === null || isRecord(v);

/**
 * The message as `SegmentMessageSchema` would return it, when every field it declares has an
 * accepted type; null otherwise (zod then names the problem). Kept in step with the schema in
 * contracts' `tracking.ts`.
 */
function wellTyped(m: Record<string, unknown>): SegmentMessage | null {
  if (!CALL_TYPES.has(m.type)) return null;
  if (m.event !== undefined && typeof m.event !== 'string') return null;
  if (m.writeKey !== undefined && typeof m.writeKey !== 'string') return null;
  if (!isOptionalText(m.name) || !isOptionalText(m.category)) return null;
  if (!isOptionalText(m.timestamp) || !isOptionalText(m.originalTimestamp) || !isOptionalText(m.sentAt)) return null;
  if (!isOptionalRecord(m.properties) || !isOptionalRecord(m.traits) || !isOptionalRecord(m.context) || !isOptionalRecord(m.integrations)) return null;
  if (!isId(m.userId) || !isId(m.anonymousId) || !isId(m.groupId) || !isId(m.previousId)) return null;
  const messageId = m.messageId;
  if (messageId === undefined || typeof messageId === 'string') return m as unknown as SegmentMessage;
  if (typeof messageId === 'number' && Number.isFinite(messageId)) return { ...m, messageId: String(messageId) } as unknown as SegmentMessage;
  return null;
}
