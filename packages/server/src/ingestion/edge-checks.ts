import { SegmentMessageSchema } from '@marketops/contracts';
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
} as const;
export type EdgeRejectCode = keyof typeof EDGE_REJECT_CODES;

export type EdgeOutcome =
  | { readonly kind: 'ok'; readonly message: SegmentMessage }
  | { readonly kind: 'reject'; readonly field: string; readonly code: EdgeRejectCode; readonly reason: string };

/**
 * Checks one raw message: size, shape (zod), nesting depth and Unicode well-formedness. Never
 * throws; the caller turns rejections into dead letters.
 */
export function checkMessage(raw: unknown, routeType?: SegmentMessage['type']): EdgeOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'reject', field: '', code: 'not-an-object', reason: 'expected a JSON object' };
  }
  // Why depth first: serialising a message nested thousands of levels deep would overflow the stack.
  const problem = findDeepOrMalformed(raw, '', 0);
  if (problem) return { kind: 'reject', ...problem };
  const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
  if (bytes > MAX_MESSAGE_BYTES) {
    return { kind: 'reject', field: '', code: 'message-too-large', reason: `${bytes} bytes; the limit is ${MAX_MESSAGE_BYTES}` };
  }
  // Why: on `/v1/track` and friends the route names the call; a body's own `type` is ignored there.
  const input = routeType ? { ...(raw as Record<string, unknown>), type: routeType } : raw;
  const parsed = SegmentMessageSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { kind: 'reject', field: issue.path.map(String).join('.'), code: 'invalid-shape', reason: issue.message };
  }
  return { kind: 'ok', message: parsed.data as SegmentMessage };
}

function findDeepOrMalformed(value: unknown, path: string, depth: number): { field: string; code: EdgeRejectCode; reason: string } | null {
  if (typeof value === 'string') {
    return value.isWellFormed() ? null : { field: path, code: 'invalid-unicode', reason: 'the string holds a lone surrogate' };
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_DEPTH) return { field: path, code: 'too-deep', reason: `nested deeper than ${MAX_DEPTH} levels` };
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPath = path ? `${path}.${key}` : key;
    if (!key.isWellFormed()) return { field: childPath, code: 'invalid-unicode', reason: 'a key holds a lone surrogate' };
    const found = findDeepOrMalformed(child, childPath, depth + 1);
    if (found) return found;
  }
  return null;
}
