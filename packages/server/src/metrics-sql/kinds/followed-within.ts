import type { FollowedWithinMeasure } from '@marketops/core';
import { filterSql, keySql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { numberOf, numberOrNull } from '../reader';
import { bucketOpen, cellIndexSql, groupKeys, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import type { QueryBuilder } from '../query-builder';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';
import { DAY_MS } from './day-ms';

/**
 * `followed-within` in SQL: per key the first cohort event ever (t0), kept when in the period; a
 * semi-join finds a follow event of the same key in [t0, t0 + days x 24 h). Every member counts
 * (conversion so far); members not converted whose window ends after `asOf` make it provisional.
 * Why the query returns the latest start of a member not converted instead of comparing with
 * `asOf` itself: "now" changes with every request, and a query that does not name it can be
 * answered again from the query-result cache (`app/cached-reader.ts`) until the data changes.
 */
/** Per cohort cell (`b`, or nothing alone): converted and cohort members, and the latest t0 of a member not converted. */
function followedCountsSql(ctx: SqlEvalContext, q: QueryBuilder, measure: FollowedWithinMeasure, cell?: (t0: string) => string, keys = ''): { body: string; ctes: string[] } {
  const windowMs = q.params.typed(measure.days * DAY_MS, 'BIGINT');
  const key = keySql(measure.key, q);
  const sameGroup = keys === '' ? '' : 'f.group_index = c.group_index AND ';
  return {
    body: `SELECT ${cell === undefined ? '' : 'b, '}count(*) FILTER (WHERE hit) AS converted,
            count(*) AS cohort,
            max(t0_ms) FILTER (WHERE NOT hit) AS last_open_t0_ms
       FROM (
         SELECT ${cell === undefined ? '' : 'c.b, '}c.t0_ms, EXISTS (SELECT 1 FROM follows f WHERE ${sameGroup}f.k = c.k AND f.ms >= c.t0_ms AND f.ms < c.t0_ms + ${windowMs}) AS hit
           FROM cohort c
       )${cell === undefined ? '' : ' GROUP BY b'}`,
    ctes: [
      `cohort AS (SELECT ${keys}${cell === undefined ? '' : `${cell('t0')} AS b, `}k, epoch_ms(t0) AS t0_ms FROM (
         SELECT ${keys}${key} AS k, min(ts) AS t0 FROM ev WHERE ${filterSql(measure.cohort, q)} GROUP BY ${keys}k
       ) WHERE k IS NOT NULL AND ${q.inPeriod('t0')})`,
      `follows AS (SELECT ${keys}${key} AS k, epoch_ms(ts) AS ms FROM ev WHERE ts >= ${q.start} AND ${filterSql(measure.follow, q)})`,
    ],
  };
}

/** The cell's ratio; provisional when its period is open or a member not converted is still inside its window at `asOfMs`. */
function followedValue(row: Record<string, unknown> | undefined, open: boolean, measure: FollowedWithinMeasure, asOfMs: number): MeasureValue {
  const lastOpen = numberOrNull(row?.['last_open_t0_ms']);
  const waiting = lastOpen !== null && lastOpen + measure.days * DAY_MS > asOfMs;
  return ratioValue(numberOf(row?.['converted']), numberOf(row?.['cohort']), open || waiting);
}

export async function followedWithinSql(ctx: SqlEvalContext, measure: FollowedWithinMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const { body, ctes } = followedCountsSql(ctx, q, measure);
  return followedValue(await runOne(ctx, q, body, ctes), periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }), measure, ctx.asOfMs);
}

/**
 * `followed-within` per bucket in one query: each key in the cohort of the bucket holding its
 * first cohort event, converted by a follow event in its own window, which no bucket changes. Why
 * follow events from the first bucket's start serve every bucket: a window starts at its t0,
 * never before its bucket.
 */
export async function followedWithinByBucketSql(ctx: SqlBucketsContext, measure: FollowedWithinMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  const { body, ctes } = followedCountsSql(ctx.whole, q, measure, (t0) => cellIndexSql(q, ctx, t0), groupKeys(ctx));
  const rows = await rowsByBucket(ctx, q, body, ctes);
  return rows.map((bucket, i) => ({ ok: followedValue(bucket[0], bucketOpen(ctx, i), measure, ctx.whole.asOfMs) }));
}
