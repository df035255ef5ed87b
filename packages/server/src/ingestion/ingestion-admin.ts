import type { DeadLetter, DeadLetterStore, EventStore, IngestionCounters, IngestionStatsStore, Person, StoredEvent } from '@marketops/core';
import type { IngestionCounterBuffer } from './ingestion-counters';
import type { IngestService } from './ingest-service';

export interface IngestionHealth {
  readonly workspaceId: string;
  /** Counters since `since` (a UTC day). */
  readonly since: string;
  readonly counters: IngestionCounters;
  readonly storedEvents: number;
  /** Pending dead letters by reason code. */
  readonly deadLetters: Readonly<Record<string, number>>;
}

export interface ReplayResult {
  readonly replayed: number;
  readonly duplicates: number;
  /** Letters rejected again: they stay pending, with their ids. */
  readonly stillRejected: readonly { id: number; code: string; reason: string }[];
}

/** Operations on ingestion for people: health, dead letters and their replay, reading recent events. */
export class IngestionAdmin {
  constructor(
    private readonly deps: {
      readonly events: EventStore;
      readonly deadLetters: DeadLetterStore;
      readonly stats: IngestionStatsStore;
      readonly counters: IngestionCounterBuffer;
      readonly ingest: IngestService;
    },
  ) {}

  async health(workspaceId: string, sinceDay: string): Promise<IngestionHealth> {
    await this.deps.counters.flush();
    const [counters, storedEvents, deadLetters] = await Promise.all([
      this.deps.stats.total(workspaceId, sinceDay),
      this.deps.events.count(workspaceId),
      this.deps.deadLetters.countByCode(workspaceId, 'pending'),
    ]);
    return { workspaceId, since: sinceDay, counters, storedEvents, deadLetters };
  }

  listDeadLetters(workspaceId: string, options: { status?: DeadLetter['status']; limit?: number; afterId?: number }): Promise<DeadLetter[]> {
    return this.deps.deadLetters.list(workspaceId, options);
  }

  /**
   * Sends pending dead letters through ingestion again, each with its original receipt time
   * (so time bounds judge it as they did at first). Accepted ones are marked replayed;
   * rejected ones stay pending and are not duplicated.
   */
  async replay(workspaceId: string, options: { ids?: readonly number[]; historicalImport?: boolean; limit?: number }): Promise<ReplayResult> {
    const letters = options.ids
      ? (await Promise.all(options.ids.map((id) => this.deps.deadLetters.get(workspaceId, id)))).filter((l): l is DeadLetter => l !== null && l.status === 'pending')
      : await this.deps.deadLetters.list(workspaceId, { status: 'pending', limit: options.limit ?? 1000 });
    let replayed = 0;
    let duplicates = 0;
    const stillRejected: { id: number; code: string; reason: string }[] = [];
    const done: number[] = [];
    for (const letter of letters) {
      const message = JSON.parse(letter.payload) as unknown;
      const result = await this.deps.ingest.ingest({
        workspaceId,
        messages: [message],
        receivedAt: letter.receivedAt,
        recordRejections: false,
        ...(options.historicalImport ? { historicalImport: true } : {}),
      });
      const rejection = result.rejected[0];
      if (rejection) stillRejected.push({ id: letter.id, code: rejection.code, reason: rejection.reason });
      else {
        done.push(letter.id);
        replayed += result.accepted;
        duplicates += result.duplicates;
      }
    }
    await this.deps.deadLetters.markReplayed(workspaceId, done);
    return { replayed, duplicates, stillRejected };
  }

  persons(workspaceId: string, options: { personId?: string; limit?: number }): Promise<Person[]> {
    return this.deps.events.persons(workspaceId, options);
  }

  /** Events stored for the workspace (a count on the event store: no ordering, no rows read). */
  storedEvents(workspaceId: string): Promise<number> {
    return this.deps.events.count(workspaceId);
  }

  recentEvents(workspaceId: string, options: { receivedAfter?: Date; limit?: number }): Promise<StoredEvent[]> {
    return this.deps.events.read({ workspaceId, ...(options.receivedAfter ? { receivedAfter: options.receivedAfter } : {}), limit: options.limit ?? 100 });
  }
}
