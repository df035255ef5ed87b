import path from 'node:path';
import { createEnrichmentPipeline, type StoredEvent } from '@marketops/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDuckDbEventStore, type DuckDbEventStore } from '../../packages/server/src/events/duckdb/duckdb-event-store';
import { prepareEvents } from '../../packages/server/src/events/duckdb/prepare-event';
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
export function runStoreAppends(batches: readonly (readonly StoredEvent[])[], dir: string, appenders: number, workspaceId: string): Promise<StoreRunResult> {
  return runAppends(batches, `events-${appenders}.duckdb`, dir, appenders, workspaceId, (store, batch) => store.append(batch));
}

/**
 * The writer's path alone: the same batches encoded beforehand (`prepareEvents`, untimed, as the
 * decoding workers do for HTTP requests) and handed to `appendPrepared` by `appenders` callers.
 * What remains timed is what the store does per commit: dedupe, staging, DuckDB's parse and
 * insert, the alias merge, the WAL fsync.
 */
export function runPreparedAppends(batches: readonly (readonly StoredEvent[])[], dir: string, appenders: number, workspaceId: string): Promise<StoreRunResult> {
  const prepared = batches.map((batch) => prepareEvents(batch));
  return runAppends(prepared, `events-prepared-${appenders}.duckdb`, dir, appenders, workspaceId, (store, batch) => store.appendPrepared(batch));
}

async function runAppends<B>(
  batches: readonly B[],
  file: string,
  dir: string,
  appenders: number,
  workspaceId: string,
  append: (store: DuckDbEventStore, batch: B) => Promise<{ inserted: number }>,
): Promise<StoreRunResult> {
  const store = await openDuckDbEventStore({ path: path.join(dir, file) });
  let events = 0;
  let seconds = 0;
  let stored = 0;
  try {
    let next = 0;
    const worker = async () => {
      for (;;) {
        const index = next++;
        if (index >= batches.length) return;
        const result = await append(store, batches[index] as B);
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
