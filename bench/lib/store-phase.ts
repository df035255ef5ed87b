import path from 'node:path';
import { createEnrichmentPipeline, type StoredEvent } from '@marketops/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDuckDbEventStore } from '../../packages/server/src/events/duckdb/duckdb-event-store';
import { checkMessage } from '../../packages/server/src/ingestion/edge-checks';
import type { SegmentBatch } from '../generate';

/**
 * The batches as the server would store them: edge checks and core's enrichment pipeline, once,
 * outside any timing. Throws if a generated message is rejected (the generator must be valid).
 */
export function enrichBatches(batches: readonly SegmentBatch[], workspaceId: string): StoredEvent[][] {
  const enrich = createEnrichmentPipeline();
  const receivedAt = new Date();
  return batches.map((batch) =>
    batch.batch.map((raw, index) => {
      const checked = checkMessage(raw);
      if (checked.kind === 'reject') throw new Error(`generated message ${index} rejected at the edge: ${checked.code} ${checked.reason}`);
      const outcome = enrich(checked.message, { workspaceId, receivedAt, now: receivedAt, batchSentAt: batch.sentAt });
      if (outcome.kind !== 'ok') throw new Error(`generated message ${index} rejected: ${outcome.code} ${outcome.reason}`);
      return outcome.event;
    }),
  );
}

export interface StoreRunResult {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly stored: number;
}

/**
 * Appends the batches to a fresh DuckDB event store file through `appenders` concurrent callers
 * (each awaits its durable append before sending its next batch; the store group-commits what
 * is pending). Only the appends are timed; open and close (checkpoint) are not.
 */
export async function runStoreAppends(batches: readonly (readonly StoredEvent[])[], dir: string, appenders: number, workspaceId: string): Promise<StoreRunResult> {
  const store = await openDuckDbEventStore({ path: path.join(dir, `events-${appenders}.duckdb`) });
  let events = 0;
  let seconds = 0;
  let stored = 0;
  try {
    let next = 0;
    const worker = async () => {
      for (;;) {
        const index = next++;
        if (index >= batches.length) return;
        const result = await store.append(batches[index] as readonly StoredEvent[]);
        events += result.inserted;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: appenders }, worker));
    seconds = (performance.now() - started) / 1000;
    stored = await store.count(workspaceId);
  } finally {
    await store.close();
  }
  return { events, seconds, eventsPerSecond: events / seconds, stored };
}

/** The DuckDB library version the store runs on. */
export async function duckDbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll('SELECT version()');
    return String(reader.getRows()[0]?.[0] ?? 'unknown');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
