import { createEnrichmentPipeline, type DeadLetterStore, type EnrichmentPipeline, type EventStore, type StoredEvent } from '@marketops/core';
import type { RejectedMessage, TrackingResponse } from '@marketops/contracts';
import type { MessageType } from '@marketops/core';
import { checkMessage } from './edge-checks';
import { stringifyIterative } from './stringify-iterative';
import type { IngestionCounterBuffer } from './ingestion-counters';

export interface IngestRequest {
  readonly workspaceId: string;
  /** Raw messages as parsed from JSON; each is checked on its own. */
  readonly messages: readonly unknown[];
  readonly receivedAt: Date;
  /** The batch envelope's `sentAt` and `context` (merged under each message's own context). */
  readonly batchSentAt?: string;
  readonly batchContext?: Record<string, unknown>;
  /** Set by single-message routes (`/v1/track` ...): the call type the route names. */
  readonly routeType?: MessageType;
  /** Backfills: lifts the maximum event age. */
  readonly historicalImport?: boolean;
  /** False when replaying dead letters: a message rejected again stays where it is instead of being added twice. */
  readonly recordRejections?: boolean;
}

export interface IngestServiceDeps {
  readonly events: EventStore;
  readonly deadLetters: DeadLetterStore;
  readonly counters: IngestionCounterBuffer;
  readonly pipeline?: EnrichmentPipeline;
}

/**
 * Ingests a request's messages: edge checks and enrichment per message (outcomes as values),
 * then one durable append of the accepted events (deduplicated on messageId by the store) and one
 * durable write of the rejected ones as dead letters. Resolves only when both are durable, so a
 * 200 means nothing is lost; the caller answers 503 when the store reports saturation.
 */
export class IngestService {
  private readonly pipeline: EnrichmentPipeline;

  constructor(private readonly deps: IngestServiceDeps) {
    this.pipeline = deps.pipeline ?? createEnrichmentPipeline();
  }

  async ingest(request: IngestRequest): Promise<TrackingResponse> {
    const { workspaceId, receivedAt } = request;
    const accepted: StoredEvent[] = [];
    const rejected: RejectedMessage[] = [];
    request.messages.forEach((raw, index) => {
      const checked = checkMessage(withBatchContext(raw, request.batchContext), request.routeType);
      if (checked.kind === 'reject') {
        rejected.push({ index, field: checked.field, code: checked.code, reason: checked.reason });
        return;
      }
      const outcome = this.pipeline(checked.message, {
        workspaceId,
        receivedAt,
        now: new Date(),
        ...(request.batchSentAt !== undefined ? { batchSentAt: request.batchSentAt } : {}),
        ...(request.historicalImport ? { historicalImport: true } : {}),
      });
      if (outcome.kind === 'ok') accepted.push(outcome.event);
      else rejected.push({ index, field: outcome.field, code: outcome.code, reason: outcome.reason });
    });

    const appended = accepted.length > 0 ? await this.deps.events.append(accepted) : { inserted: 0, duplicates: 0, duplicateIds: [] };
    if (rejected.length > 0 && request.recordRejections !== false) {
      await this.deps.deadLetters.add(
        rejected.map((r) => ({
          workspaceId,
          receivedAt,
          batchIndex: r.index,
          field: r.field,
          code: r.code,
          reason: r.reason,
          payload: stringifyIterative(request.messages[r.index]),
        })),
      );
    }
    const byCode: Record<string, number> = {};
    for (const r of rejected) byCode[r.code] = (byCode[r.code] ?? 0) + 1;
    this.deps.counters.add(workspaceId, receivedAt, { accepted: appended.inserted, duplicates: appended.duplicates, rejected: byCode });
    return { success: true, accepted: appended.inserted, duplicates: appended.duplicates, rejected };
  }
}

/** Batch-level context sits under the message's own: the message wins field by field. */
function withBatchContext(raw: unknown, batchContext: Record<string, unknown> | undefined): unknown {
  if (!batchContext || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const own = (raw as { context?: unknown }).context;
  const ownContext = typeof own === 'object' && own !== null && !Array.isArray(own) ? own : {};
  return { ...raw, context: { ...batchContext, ...ownContext } };
}

