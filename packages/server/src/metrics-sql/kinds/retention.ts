import { addDays, localDate, startOfLocalDay, type RetentionMeasure } from '@marketops/core';
import { filterSql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { bucketOpen, cellIndexSql, groupKeys, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import type { QueryBuilder } from '../query-builder';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `retention` in SQL: per person the first passing event ever (its instant is all that matters),
 * kept when in the period; day N = its local date + N. Day N has ended at `asOf` exactly when
 * asOf's own local date is after day N, so the waiting people are found by comparing dates,
 * never by computing a local midnight in SQL.
 */
/** Per cohort cell (`b`, or nothing alone): waiting, cohort and retained people. */
function retentionCountsSql(ctx: SqlEvalContext, q: QueryBuilder, measure: RetentionMeasure, cell?: (t0: string) => string, keys = ''): string {
  const day = ctx.settings.retentionDay ?? measure.defaultDay;
  const n = q.params.typed(day, 'INTEGER');
  const asOfDate = q.date(localDate(new Date(ctx.asOfMs), ctx.period.timeZone));
  const filter = filterSql(measure.filter, q);
  // Why this bound: day N of the last cohort day ends at the start of (period end + N + 1).
  const lastDayN = q.instant(startOfLocalDay(addDays(ctx.period.to, day + 1), ctx.period.timeZone).getTime());
  const joinKeys = keys === '' ? '' : 'r.group_index = c.group_index AND ';
  return `SELECT ${cell === undefined ? '' : 'c.b AS b, '}count(*) FILTER (WHERE c.day_n >= ${asOfDate}) AS waiting,
            count(*) FILTER (WHERE c.day_n < ${asOfDate}) AS cohort,
            count(*) FILTER (WHERE c.day_n < ${asOfDate} AND r.person_id IS NOT NULL) AS retained
       FROM (
         SELECT ${keys}${cell === undefined ? '' : `${cell('t0')} AS b, `}person_id, ${q.localDate('t0')} + ${n} AS day_n
           FROM (SELECT ${keys}person_id, min(ts) AS t0 FROM ev WHERE ${filter} GROUP BY ${keys}person_id)
          WHERE ${q.inPeriod('t0')}
       ) c
       LEFT JOIN (SELECT DISTINCT ${keys}person_id, ${q.localDate()} AS day FROM ev WHERE ts >= ${q.start} AND ts < ${lastDayN} AND ${filter}) r
         ON ${joinKeys}r.person_id = c.person_id AND r.day = c.day_n${cell === undefined ? '' : ' GROUP BY c.b'}`;
}

function retentionValue(row: Record<string, unknown> | undefined, open: boolean): MeasureValue {
  const waiting = numberOf(row?.['waiting']) > 0;
  return ratioValue(numberOf(row?.['retained']), numberOf(row?.['cohort']), open || waiting);
}

export async function retentionSql(ctx: SqlEvalContext, measure: RetentionMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  return retentionValue(await runOne(ctx, q, retentionCountsSql(ctx, q, measure)), periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }));
}

/**
 * `retention` per bucket in one query: each person in the cohort of the bucket holding their first
 * event, and retained or waiting on their own day N, which no bucket changes. Why the events of
 * every bucket's day N are read at once: a person's day N is after their first day, so reading up to
 * the last bucket's day N finds each person's day N event exactly as their bucket's own query does.
 */
export async function retentionByBucketSql(ctx: SqlBucketsContext, measure: RetentionMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  const rows = await rowsByBucket(ctx, q, retentionCountsSql(ctx.whole, q, measure, (t0) => cellIndexSql(q, ctx, t0), groupKeys(ctx)));
  return rows.map((bucket, i) => ({ ok: retentionValue(bucket[0], bucketOpen(ctx, i)) }));
}
