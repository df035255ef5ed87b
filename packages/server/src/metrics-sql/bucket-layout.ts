import { addDays, periodInstants, type Period } from '@marketops/core';
import type { QueryBuilder } from './query-builder';

/**
 * Contiguous buckets (days, weeks, months of a period, clipped to it; or any run of periods that
 * follow each other) as one period to scan and the instants that cut it into buckets.
 */
export interface BucketLayout {
  readonly buckets: readonly Period[];
  /** From the first bucket's first day to the last bucket's last day. */
  readonly whole: Period;
  /** Each bucket's first instant, then the instant right after the last bucket: one more than the buckets. */
  readonly edgesMs: readonly number[];
}

/**
 * The layout of `buckets`, or undefined when they cannot share one scan: none, a bucket that is
 * not a period (from after to), another time zone, or a gap or overlap between two of them.
 *
 * @example
 * bucketLayout([{ from: '2026-03-01', to: '2026-03-01', timeZone }, { from: '2026-03-02', to: '2026-03-08', timeZone }])?.edgesMs.length; // 3
 */
export function bucketLayout(buckets: readonly Period[]): BucketLayout | undefined {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const edgesMs: number[] = [];
  let previous: Period | undefined;
  for (const bucket of buckets) {
    if (bucket.from > bucket.to || bucket.timeZone !== first.timeZone) return undefined;
    const instants = instantsOf(bucket);
    if (instants === undefined) return undefined;
    // Why both tests: the buckets must be the same calendar days and the same instants that the
    // one-bucket-at-a-time path filters on, so that each event falls in the same bucket.
    if (previous !== undefined && (addDays(previous.to, 1) !== bucket.from || edgesMs[edgesMs.length - 1] !== instants.start)) return undefined;
    if (previous === undefined) edgesMs.push(instants.start);
    edgesMs.push(instants.end);
    previous = bucket;
  }
  return { buckets, whole: { from: first.from, to: last.to, timeZone: first.timeZone }, edgesMs };
}

/** A bucket's instants; undefined when it is no period (the per-bucket path then throws its own error). */
function instantsOf(bucket: Period): { start: number; end: number } | undefined {
  try {
    const { start, end } = periodInstants(bucket);
    return { start: start.getTime(), end: end.getTime() };
  } catch {
    return undefined;
  }
}

/**
 * The index (0-based) of the bucket a TIMESTAMPTZ falls in, for rows already inside the whole
 * layout: a balanced tree of comparisons with each bucket's first instant, so a row costs
 * log2(buckets) comparisons. Why instants, not local dates: they are the very bounds each bucket's
 * own query uses (`periodInstants`), so the grouping agrees with it by construction, DST included.
 */
export function bucketIndexSql(q: QueryBuilder, layout: BucketLayout, ts = 'ts'): string {
  const edge = (i: number): string => {
    const ms = layout.edgesMs[i];
    if (ms === undefined) throw new Error(`unreachable: no bucket edge ${i}`);
    return q.instant(ms);
  };
  const tree = (lo: number, hi: number): string => {
    if (hi - lo === 1) return String(lo);
    const mid = (lo + hi) >> 1;
    return `CASE WHEN ${ts} < ${edge(mid)} THEN ${tree(lo, mid)} ELSE ${tree(mid, hi)} END`;
  };
  return tree(0, layout.buckets.length);
}
