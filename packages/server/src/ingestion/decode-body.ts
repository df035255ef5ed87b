import type { MessageType } from '@marketops/core';
import { BatchEnvelopeSchema, type RejectedMessage } from '@marketops/contracts';
import { RowRefusal, encodeEventRow, type EventLinks } from '../events/duckdb/encode-row';
import { checkMessage, type EdgeRejectCode } from './edge-checks';
import { stringifyIterative } from './stringify-iterative';
import { PipelineCache, type WorkspaceChannelRules } from './pipeline-cache';

/**
 * Everything the tracking API does to a request body before the write key and the store are
 * involved: strict UTF-8 decoding, JSON parsing, the envelope's shape, then per message the edge
 * checks, the enrichment pipeline and the store's row encoding. Pure CPU work with no shared
 * state, so the server runs it on worker threads (`decode-pool.ts`) and the JavaScript thread
 * only authenticates, deduplicates and writes.
 */
export interface DecodeRequest {
  readonly bytes: Uint8Array;
  /** Set by `/v1/track` and the other single-call routes: the call type the route names. */
  readonly routeType?: MessageType;
  /** The server's receipt time (epoch ms), the base of clock-skew correction. */
  readonly receivedAtMs: number;
  readonly historicalImport?: boolean;
  /** The workspace's own channel rules, when the write key is known before decoding and the workspace has some. */
  readonly channelRules?: WorkspaceChannelRules;
}

export interface DecodedMessages {
  readonly kind: 'ok';
  /** `writeKey` from the body, when it holds one (the HTTP Basic username takes precedence). */
  readonly writeKey: unknown;
  readonly messageCount: number;
  /** Accepted messages in request order, as parallel arrays (cheap to pass between threads). */
  readonly messageIds: string[];
  readonly days: number[];
  /** The identity links each accepted message states (mostly null). */
  readonly links: (EventLinks | null)[];
  /** Their encoded lines joined by newlines: one string to pass and to stage. */
  text: string;
  /** Rejected messages with their JSON text, kept as dead letters. */
  readonly rejected: (RejectedMessage & { readonly payload: string })[];
}

export type DecodeResult =
  | DecodedMessages
  | { readonly kind: 'invalid'; readonly message: string; readonly path?: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Reason code of a message the store could not keep exactly (see `encode-row.ts`). */
export const UNSTORABLE_VALUE: EdgeRejectCode = 'unstorable-value';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A decoder with its own enrichment pipelines (one cache per thread).
 *
 * @example
 * const decode = createBodyDecoder();
 * const result = decode({ bytes: Buffer.from('{"batch":[...]}'), receivedAtMs: Date.now() });
 */
export function createBodyDecoder(pipelines: PipelineCache = new PipelineCache()): (request: DecodeRequest) => DecodeResult {
  return (request) => {
    try {
      return decode(request, pipelines);
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}

function decode(request: DecodeRequest, pipelines: PipelineCache): DecodeResult {
  let text: string;
  try {
    text = strictUtf8.decode(request.bytes);
  } catch {
    return { kind: 'invalid', message: 'the body is not valid UTF-8' };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', message: `malformed JSON: ${(error as Error).message}` };
  }

  let messages: readonly unknown[];
  let envelope: { sentAt?: unknown; context?: unknown; writeKey?: unknown };
  if (request.routeType === undefined) {
    const parsed = BatchEnvelopeSchema.safeParse(body);
    if (!parsed.success) {
      return { kind: 'invalid', message: 'expected { "batch": [ ...messages ] }', path: parsed.error.issues[0]?.path.join('.') ?? '' };
    }
    messages = parsed.data.batch;
    envelope = parsed.data;
  } else {
    if (!isObject(body)) return { kind: 'invalid', message: 'expected a JSON object' };
    messages = [body];
    envelope = body;
  }

  const pipeline = pipelines.for(request.channelRules);
  const batchSentAt = typeof envelope.sentAt === 'string' ? envelope.sentAt : undefined;
  const batchContext = isObject(envelope.context) ? envelope.context : undefined;
  const receivedAt = new Date(request.receivedAtMs);
  const result: DecodedMessages = { kind: 'ok', writeKey: envelope.writeKey, messageCount: messages.length, messageIds: [], days: [], links: [], text: '', rejected: [] };
  const lines: string[] = [];
  for (let index = 0; index < messages.length; index++) {
    const raw = withBatchContext(messages[index], batchContext);
    const checked = checkMessage(raw, request.routeType);
    if (checked.kind === 'reject') {
      reject(result, messages, index, checked.field, checked.code, checked.reason);
      continue;
    }
    // Why an empty workspace: the write key is resolved after decoding; the encoded line does not
    // carry the workspace, the writer stages it beside the lines.
    const outcome = pipeline(checked.message, {
      workspaceId: '',
      receivedAt,
      now: new Date(),
      ...(batchSentAt !== undefined ? { batchSentAt } : {}),
      ...(request.historicalImport ? { historicalImport: true } : {}),
    });
    if (outcome.kind !== 'ok') {
      reject(result, messages, index, outcome.field, outcome.code, outcome.reason);
      continue;
    }
    try {
      const encoded = encodeEventRow(outcome.event);
      result.messageIds.push(encoded.messageId);
      result.days.push(encoded.day);
      result.links.push(encoded.links);
      lines.push(encoded.line);
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      reject(result, messages, index, error.field, UNSTORABLE_VALUE, error.reason);
    }
  }
  result.text = lines.join('\n');
  return result;
}

/** Records a rejected message with its JSON text (a module-level function: no closure per message). */
function reject(result: DecodedMessages, messages: readonly unknown[], index: number, field: string, code: string, reason: string): void {
  result.rejected.push({ index, field, code, reason, payload: stringifyIterative(messages[index]) });
}

/** Batch-level context sits under the message's own: the message wins field by field. */
export function withBatchContext(raw: unknown, batchContext: Record<string, unknown> | undefined): unknown {
  if (!batchContext || !isObject(raw)) return raw;
  const own = raw.context;
  return { ...raw, context: { ...batchContext, ...(isObject(own) ? own : {}) } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
