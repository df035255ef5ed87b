import type { CountMeasure, DistinctMeasure, FirstMeasure } from '@marketops/core';
import { bucketOpen, cellIndexSql, groupKeys, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { allConditionsSql, filterSql, keySql } from '../condition-sql';
import { numberOf } from '../reader';
import { builderFor } from '../sql-context';

/**
 * The counting kinds over contiguous buckets in one query each, grouped by bucket: each bucket
 * counts what `counting.ts` counts for that bucket alone. Only for measures without a target
 * audience rule (the audience is read as of each bucket's end) and, for `distinct`, without an
 * `atLeast` reaching before the bucket (see evaluate-sql-by-buckets.ts, which decides).
 */

async function countsByBucket(ctx: SqlBucketsContext, rowsOf: Promise<Record<string, unknown>[][]>): Promise<BucketValue[]> {
  const rows = await rowsOf;
  return rows.map((bucket, i) => ({ ok: { value: numberOf(bucket[0]?.['n']), provisional: bucketOpen(ctx, i) } }));
}

/** `count` per bucket: distinct messageIds of passing events in the bucket. */
export async function countByBucketSql(ctx: SqlBucketsContext, measure: CountMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  return countsByBucket(
    ctx,
    rowsByBucket(ctx, q, `SELECT ${cellIndexSql(q, ctx)} AS b, count(DISTINCT message_id) AS n FROM ev WHERE ${q.inPeriod()} AND ${filterSql(measure.filter, q)} GROUP BY b`),
  );
}

/**
 * `distinct` per bucket: distinct keys of passing events in the bucket; with an `atLeast` of
 * scope `period`, only keys with enough distinct `of` values in the bucket itself.
 */
export async function distinctByBucketSql(ctx: SqlBucketsContext, measure: DistinctMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  const key = keySql(measure.key, q);
  const passing = `${q.inPeriod()} AND ${filterSql(measure.filter, q)}`;
  const bucket = cellIndexSql(q, ctx);
  const { atLeast } = measure;
  if (atLeast === undefined) return countsByBucket(ctx, rowsByBucket(ctx, q, `SELECT ${bucket} AS b, count(DISTINCT ${key}) AS n FROM ev WHERE ${passing} GROUP BY b`));
  if (atLeast.scope !== 'period') throw new Error('unreachable: an atLeast through the period end counts values before the bucket');
  return countsByBucket(
    ctx,
    rowsByBucket(
      ctx,
      q,
      `SELECT b, count(*) AS n FROM (
         SELECT b FROM (SELECT ${bucket} AS b, ${key} AS k, ${keySql(atLeast.of, q)} AS o FROM ev WHERE ${passing})
          WHERE k IS NOT NULL
          GROUP BY b, k
         HAVING count(DISTINCT o) >= ${q.params.typed(atLeast.count, 'DOUBLE')}
       )
       GROUP BY b`,
    ),
  );
}

/** `first` per bucket: keys whose first passing event ever (event order) is in the bucket and meets `also`. */
export async function firstByBucketSql(ctx: SqlBucketsContext, measure: FirstMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  return countsByBucket(
    ctx,
    rowsByBucket(
      ctx,
      q,
      `SELECT ${cellIndexSql(q, ctx, 'f.ts')} AS b, count(*) AS n FROM (
         SELECT ${groupKeys(ctx)}arg_min({'ts': ts, 'also': ${allConditionsSql(measure.also ?? [], q)}}, (ts, message_id)) AS f
           FROM (SELECT *, ${keySql(measure.key, q)} AS k FROM ev WHERE ${filterSql(measure.filter, q)})
          WHERE k IS NOT NULL
          GROUP BY ${groupKeys(ctx)}k
       )
       WHERE ${q.inPeriod('f.ts')} AND f.also
       GROUP BY b`,
    ),
  );
}
