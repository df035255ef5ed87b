import type { SegmentMessage } from '../ingestion/message';
import { DemoPopulation } from './population';
import { planRecords } from './records';
import type { DemoRun } from './run';

/** Messages per batch by default: well under the tracking API's 500 KB per request. */
export const DEFAULT_DEMO_BATCH = 250;

/**
 * The run's Segment messages, day by day, in batches of `batchSize` (the last one shorter).
 * A generator: each batch is built when asked for, so ten million events never sit in memory;
 * only the members and the actions planned for them do. Deterministic: the same run gives
 * identical batches.
 *
 * @example
 * for (const batch of demoEventBatches(planDemo({ template: 'b', seed: 7, start: '2026-03-02', size: 60_000 }))) {
 *   await ingest(batch);
 * }
 */
export function* demoEventBatches(run: DemoRun, batchSize: number = DEFAULT_DEMO_BATCH): Generator<SegmentMessage[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number >= 1, not ${batchSize}`);
  const population = new DemoPopulation(run, planRecords(run));
  const out = population.out;
  for (const day of run.days) {
    for (const _person of population.day(day)) {
      while (out.length >= batchSize) yield out.splice(0, batchSize);
    }
    while (out.length >= batchSize) yield out.splice(0, batchSize);
  }
  if (out.length > 0) yield out.splice(0, out.length);
}

/** Counts the run's messages without keeping them (used to calibrate the size option). */
export function countDemoEvents(run: DemoRun): number {
  let count = 0;
  for (const batch of demoEventBatches(run, 1000)) count += batch.length;
  return count;
}
