import type { IngestionCounters, IngestionStatsStore } from '@marketops/core';
import type { Logger } from '../logging/logger';

/**
 * Ingestion counters, added up in memory on the hot path and written to the relational store
 * every few seconds (and on close). Why not per request: a write per batch would double the
 * database work of ingestion. The cost: a crash loses at most one interval of counts, never
 * events (events and dead letters are durable before the response).
 */
export class IngestionCounterBuffer {
  private pending = new Map<string, { accepted: number; duplicates: number; rejected: Record<string, number> }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: IngestionStatsStore, private readonly logger: Logger, private readonly intervalMs = 2_000) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  add(workspaceId: string, receivedAt: Date, c: IngestionCounters): void {
    const key = `${workspaceId}\u0000${receivedAt.toISOString().slice(0, 10)}`;
    const entry = this.pending.get(key) ?? { accepted: 0, duplicates: 0, rejected: {} };
    entry.accepted += c.accepted;
    entry.duplicates += c.duplicates;
    for (const [code, n] of Object.entries(c.rejected)) entry.rejected[code] = (entry.rejected[code] ?? 0) + n;
    this.pending.set(key, entry);
  }

  /** Writes what was counted so far; concurrent calls run one after another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.pending;
      this.pending = new Map();
      for (const [key, counters] of batch) {
        const [workspaceId, day] = key.split('\u0000') as [string, string];
        try {
          await this.store.add(workspaceId, day, counters);
        } catch (error) {
          // Why keep going: a deleted workspace (FK violation) must not block the other counters.
          this.logger.warn({ err: error, workspaceId }, 'could not record ingestion counters');
        }
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
