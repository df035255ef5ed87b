import { periodOpen, type MeasureValue } from './core-internals';
import { bucketIndexSql, type BucketLayout } from './bucket-layout';
import type { QueryBuilder } from './query-builder';
import { numberOf } from './reader';
import { runRows, type SqlEvalContext } from './sql-context';

/**
 * What a measure evaluated over contiguous buckets at once reads: the whole run of buckets as one
 * period (the grouped queries scan it once), and each bucket as its own period, exactly the
 * context the one-bucket-at-a-time path builds (for its provisional flag, the JavaScript kinds and
 * the kinds that still run one query per bucket).
 *
 * With `grouped`, the buckets are those of several groups of events at once (a trend's breakdown
 * values): the whole context's events carry a `group_index` column (each event in at most one
 * group), and the cells are group after group, each group's buckets in order, each cell with the
 * context of that group and bucket alone.
 */
export interface SqlBucketsContext {
  readonly whole: SqlEvalContext;
  /** One context per cell: index = group * buckets + bucket (just the bucket when not grouped). */
  readonly each: readonly SqlEvalContext[];
  readonly layout: BucketLayout;
  readonly grouped: boolean;
  /** Leaf answers shared across the metrics of one request (see `SqlMetricOptions.sharedLeaves`); absent: none. */
  readonly shared?: Map<string, Promise<unknown>>;
}

/**
 * `group_index, ` when grouped, else nothing: put before the keys a kind groups or partitions its
 * events by (a key's first event, a person's sessions or active days), so that groups never mix.
 */
export function groupKeys(ctx: SqlBucketsContext): string {
  return ctx.grouped ? 'group_index, ' : '';
}

/** The cell (see `each`) of a row in bucket `bucket` (an SQL expression), and in group `groupIndex` when grouped. */
export function cellSql(ctx: SqlBucketsContext, bucket: string, groupIndex = 'group_index'): string {
  return ctx.grouped ? `(${groupIndex} * ${ctx.layout.buckets.length} + ${bucket})` : bucket;
}

/** The cell (see `each`) of a row with a TIMESTAMPTZ `ts` inside the whole layout, and `group_index` when grouped. */
export function cellIndexSql(q: QueryBuilder, ctx: SqlBucketsContext, ts = 'ts'): string {
  return cellSql(ctx, bucketIndexSql(q, ctx.layout, ts));
}

/**
 * The buckets as rows `bk(i, first_day, last_day)` to join on, each day written by `day`: a DATE
 * (`q.date`), or a text parameter where dates are compared as text (records' own dates).
 */
export function bucketDaysSql(ctx: SqlBucketsContext, day: (date: string) => string): string {
  return `(VALUES ${ctx.layout.buckets.map((bucket, i) => `(${i}, ${day(bucket.from)}, ${day(bucket.to)})`).join(', ')}) bk(i, first_day, last_day)`;
}

/**
 * One bucket's value, or the error computing that bucket alone would throw. Why values, not a
 * rejection: the one-bucket-at-a-time path throws the first failing bucket's error (in a ratio,
 * the first failing part's), so failures must stay attached to their bucket until results are read.
 */
export type BucketValue = { readonly ok: MeasureValue } | { readonly error: unknown };

/** The outcome of `work` as a bucket value. */
export function settle(work: () => MeasureValue): BucketValue {
  try {
    return { ok: work() };
  } catch (error) {
    return { error };
  }
}

/** The value, or the bucket's error thrown. */
export function unwrap(value: BucketValue | undefined): MeasureValue {
  if (value === undefined) throw new Error('unreachable: a bucket without a value');
  if ('error' in value) throw value.error;
  return value.ok;
}

/**
 * `work`'s answer, shared by every metric of the request that asks with the same key over the same
 * buckets (see `shared`); `work` runs once. Without a shared map, `work` runs for this caller alone.
 * Why: one query may answer several measures (a person's sessions give their count and their
 * duration; a person's active days give DAU, WAU and MAU).
 */
export function sharedAnswer<T>(ctx: SqlBucketsContext, key: string, work: () => Promise<T>): Promise<T> {
  if (ctx.shared === undefined) return work();
  const full = `${key}|${ctx.layout.edgesMs.join(',')}`;
  let answer = ctx.shared.get(full) as Promise<T> | undefined;
  if (answer === undefined) {
    answer = work();
    ctx.shared.set(full, answer);
  }
  return answer;
}

/** The context of one cell (see `each`). */
export function cellOf(ctx: SqlBucketsContext, index: number): SqlEvalContext {
  const cell = ctx.each[index];
  if (cell === undefined) throw new Error(`unreachable: no cell ${index} of ${ctx.each.length}`);
  return cell;
}

/** The base provisional rule, per cell: open until its bucket has ended at `asOf`. */
export function bucketOpen(ctx: SqlBucketsContext, index: number): boolean {
  const cell = cellOf(ctx, index);
  return periodOpen({ end: cell.endMs, asOf: cell.asOfMs });
}

/**
 * Runs a statement whose rows carry their cell's index (see `each`) in column `b`, and returns the
 * rows of each cell (none for a cell where nothing passed).
 */
export async function rowsByBucket(ctx: SqlBucketsContext, q: QueryBuilder, body: string, ctes: readonly string[] = []): Promise<Record<string, unknown>[][]> {
  const byBucket: Record<string, unknown>[][] = ctx.each.map(() => []);
  for (const row of await runRows(ctx.whole, q, body, ctes)) {
    const rows = byBucket[numberOf(row['b'])];
    if (rows === undefined) throw new Error(`a bucketed query returned bucket ${String(row['b'])} of ${byBucket.length}`);
    rows.push(row);
  }
  return byBucket;
}
