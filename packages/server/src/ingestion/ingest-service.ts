import type { AppendResult, DeadLetterStore, EnrichmentPipeline, EventStore } from '@marketops/core';
import type { RejectedMessage, TrackingResponse } from '@marketops/contracts';
import type { MessageType } from '@marketops/core';
import { PreparedChunk, eventsOfChunk, type PreparedEvent } from '../events/duckdb/prepare-event';
import { RowRefusal, encodeEventRow } from '../events/duckdb/encode-row';
import { UNSTORABLE_VALUE, withBatchContext, type DecodedMessages } from './decode-body';
import { checkMessage } from './edge-checks';
import { stringifyIterative } from './stringify-iterative';
import type { IngestionCounterBuffer } from './ingestion-counters';
import { PipelineCache, type WorkspaceChannelRules } from './pipeline-cache';

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

/** A store that takes events already encoded (by the decoding workers): the DuckDB store. */
export interface PreparedEventSink {
  appendPrepared(events: readonly PreparedEvent[]): Promise<AppendResult>;
}

export interface IngestServiceDeps {
  readonly events: EventStore & PreparedEventSink;
  readonly deadLetters: DeadLetterStore;
  readonly counters: IngestionCounterBuffer;
  /** A fixed pipeline for every workspace (tests); otherwise each workspace's channel rules decide. */
  readonly pipeline?: EnrichmentPipeline;
  /** The workspace's own channel rules (null: the defaults); absent: the defaults for everyone. */
  readonly channelRules?: { forIngestion(workspaceId: string): Promise<WorkspaceChannelRules | null> };
}

/**
 * Ingests a request's messages: edge checks, enrichment and the store's encoding per message (outcomes as values),
 * then one durable append of the accepted events (deduplicated on messageId by the store) and one
 * durable write of the rejected ones as dead letters. Resolves only when both are durable, so a
 * 200 means nothing is lost; the caller answers 503 when the store reports saturation.
 */
export class IngestService {
  private readonly pipelines = new PipelineCache();

  constructor(private readonly deps: IngestServiceDeps) {}

  async ingest(request: IngestRequest): Promise<TrackingResponse> {
    const { workspaceId, receivedAt } = request;
    const pipeline = this.deps.pipeline ?? this.pipelines.for(await this.deps.channelRules?.forIngestion(workspaceId));
    const accepted: ReturnType<typeof encodeEventRow>[] = [];
    const rejected: RejectedMessage[] = [];
    request.messages.forEach((raw, index) => {
      const checked = checkMessage(withBatchContext(raw, request.batchContext), request.routeType);
      if (checked.kind === 'reject') {
        rejected.push({ index, field: checked.field, code: checked.code, reason: checked.reason });
        return;
      }
      const outcome = pipeline(checked.message, {
        workspaceId,
        receivedAt,
        now: new Date(),
        ...(request.batchSentAt !== undefined ? { batchSentAt: request.batchSentAt } : {}),
        ...(request.historicalImport ? { historicalImport: true } : {}),
      });
      if (outcome.kind !== 'ok') {
        rejected.push({ index, field: outcome.field, code: outcome.code, reason: outcome.reason });
        return;
      }
      try {
        accepted.push(encodeEventRow(outcome.event));
      } catch (error) {
        if (!(error instanceof RowRefusal)) throw error;
        rejected.push({ index, field: error.field, code: UNSTORABLE_VALUE, reason: error.reason });
      }
    });

    const chunk = PreparedChunk.of(workspaceId, accepted.map((e) => e.line));
    const prepared = eventsOfChunk(chunk, accepted.map((e) => e.messageId), accepted.map((e) => e.day), accepted.map((e) => e.links));
    const appended = prepared.length > 0 ? await this.deps.events.appendPrepared(prepared) : NOTHING_APPENDED;
    const withPayloads = rejected.map((r) => ({ ...r, payload: stringifyIterative(request.messages[r.index]) }));
    return this.finish(workspaceId, receivedAt, appended, withPayloads, request.recordRejections !== false);
  }

  /**
   * Ingests a request body decoded (checked, enriched and encoded) by a decoding worker: only the
   * durable, deduplicated append and the dead letters are left to do. Same answer and the same
   * guarantees as {@link ingest}.
   */
  async ingestDecoded(workspaceId: string, receivedAt: Date, decoded: DecodedMessages): Promise<TrackingResponse> {
    const { messageIds, days, links, text } = decoded;
    const prepared: PreparedEvent[] = eventsOfChunk(new PreparedChunk(workspaceId, text, messageIds.length), messageIds, days, links);
    const appended = prepared.length > 0 ? await this.deps.events.appendPrepared(prepared) : NOTHING_APPENDED;
    return this.finish(workspaceId, receivedAt, appended, decoded.rejected, true);
  }

  private async finish(
    workspaceId: string,
    receivedAt: Date,
    appended: AppendResult,
    rejected: readonly (RejectedMessage & { readonly payload: string })[],
    recordRejections: boolean,
  ): Promise<TrackingResponse> {
    if (rejected.length > 0 && recordRejections) {
      await this.deps.deadLetters.add(
        rejected.map((r) => ({ workspaceId, receivedAt, batchIndex: r.index, field: r.field, code: r.code, reason: r.reason, payload: r.payload })),
      );
    }
    const byCode: Record<string, number> = {};
    for (const r of rejected) byCode[r.code] = (byCode[r.code] ?? 0) + 1;
    this.deps.counters.add(workspaceId, receivedAt, { accepted: appended.inserted, duplicates: appended.duplicates, rejected: byCode });
    return {
      success: true,
      accepted: appended.inserted,
      duplicates: appended.duplicates,
      rejected: rejected.map((r) => ({ index: r.index, field: r.field, code: r.code, reason: r.reason })),
    };
  }
}

const NOTHING_APPENDED: AppendResult = { inserted: 0, duplicates: 0, duplicateIds: [] };
