import type { DailyRecordsMeasure } from '@marketops/core';
import { periodOpen, type MeasureValue } from '../core-internals';
import { jsonMember, memberNonEmptyString, memberNumber, memberString } from '../json-sql';
import type { QueryBuilder } from '../query-builder';
import { numberOf, numberOrNull } from '../reader';
import { bucketDaysSql, bucketOpen, cellSql, groupKeys, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/** A `YYYY-MM-DD` string member (the shape only, compared as text), else NULL. */
export function dateTextSql(property: string, q: QueryBuilder): string {
  const text = memberString(jsonMember('properties', [property], q.params));
  return `(CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ${text} END)`;
}

/** The numbers the aggregate reads of each record, as one struct. */
function recordFieldsSql(aggregate: DailyRecordsMeasure['aggregate'], q: QueryBuilder): string {
  const number = (property: string): string => memberNumber(jsonMember('properties', [property], q.params));
  if (aggregate.kind === 'sum') return `{'v': ${number(aggregate.property)}}`;
  if (aggregate.kind === 'median-rank') return `{'rank': ${number(aggregate.rank)}, 'chart': ${number(aggregate.chartLength)}}`;
  return `{'v': ${number(aggregate.value)}, 'w': ${number(aggregate.weight)}}`;
}

/** The `records` CTE: per (`keys`, store, day) the latest record in event order. */
function recordsCte(measure: DailyRecordsMeasure, q: QueryBuilder, keys = ''): string {
  return `records AS (
    SELECT ${keys}g, d, arg_max(${recordFieldsSql(measure.aggregate, q)}, (ts, message_id)) AS r FROM (
      SELECT *, ${memberNonEmptyString(jsonMember('properties', [measure.group], q.params))} AS g, ${dateTextSql(measure.date, q)} AS d
        FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.event)}
    ) WHERE g IS NOT NULL AND d IS NOT NULL GROUP BY ${keys}g, d)`;
}

/** The median of a sorted list column `l` (NULL when empty). */
const MEDIAN_OF_L = 'CASE WHEN len(l) = 0 THEN NULL WHEN len(l) % 2 = 1 THEN l[len(l) // 2 + 1] ELSE (l[len(l) // 2] + l[len(l) // 2 + 1]) / 2 END';
/** A record's daily rank: its rank, else off the chart (chart length + 1), else none. */
const RANK_OF_R = 'CASE WHEN r.rank >= 1 THEN r.rank WHEN r.chart IS NOT NULL THEN r.chart + 1 END';

/**
 * `daily-records` in SQL: the latest record in event order per (store, day) with one `arg_max`
 * that carries only the numbers the aggregate reads, then the sum, the median daily rank of the
 * primary store, or the ratings-weighted mean of each store's last rated day.
 */
export async function dailyRecordsSql(ctx: SqlEvalContext, measure: DailyRecordsMeasure): Promise<MeasureValue> {
  const provisional = periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs });
  const aggregate = measure.aggregate;
  if (aggregate.kind === 'median-rank' && ctx.settings.primaryStore === undefined) return { value: null, provisional };
  const q = await builderFor(ctx, measure);
  const records = recordsCte(measure, q);
  const from = q.params.add(ctx.period.from);
  const to = q.params.add(ctx.period.to);
  if (aggregate.kind === 'sum') {
    const row = await runOne(ctx, q, `SELECT sum(r.v) AS total, count(r.v) AS n FROM records WHERE d >= ${from} AND d <= ${to}`, [records]);
    return sumValue(row, provisional);
  }
  if (aggregate.kind === 'median-rank') {
    const row = await runOne(
      ctx,
      q,
      `SELECT ${MEDIAN_OF_L} AS median FROM (
         SELECT COALESCE(list_sort(list(rank) FILTER (WHERE rank IS NOT NULL)), []) AS l FROM (
           SELECT ${RANK_OF_R} AS rank
             FROM records WHERE g = ${q.params.add(ctx.settings.primaryStore ?? '')} AND d >= ${from} AND d <= ${to}
         )
       )`,
      [records],
    );
    return { value: numberOrNull(row['median']), provisional };
  }
  const row = await runOne(
    ctx,
    q,
    `SELECT COALESCE(sum(l.v * l.w), 0) AS weighted, COALESCE(sum(l.w), 0) AS weights FROM (
       SELECT arg_max(r, d) AS l FROM records WHERE r.v IS NOT NULL AND r.w > 0 AND d <= ${to} GROUP BY g
     )`,
    [records],
  );
  return weightedValue(row, provisional);
}

function sumValue(row: Record<string, unknown> | undefined, provisional: boolean): MeasureValue {
  return { value: numberOf(row?.['n']) > 0 ? numberOf(row?.['total']) : null, provisional };
}

function weightedValue(row: Record<string, unknown> | undefined, provisional: boolean): MeasureValue {
  const weighted = numberOf(row?.['weighted']);
  const weights = numberOf(row?.['weights']);
  return { value: weights === 0 ? null : weighted / weights, numerator: weighted, denominator: weights, provisional };
}

/**
 * `daily-records` per bucket in one query: the records are those of the whole store (no bucket
 * changes which record of a day is the latest), and each bucket reads its own days (for the
 * weighted mean, the days up to its last), as its own query would.
 */
export async function dailyRecordsByBucketSql(ctx: SqlBucketsContext, measure: DailyRecordsMeasure): Promise<BucketValue[]> {
  const aggregate = measure.aggregate;
  if (aggregate.kind === 'median-rank' && ctx.whole.settings.primaryStore === undefined) {
    return ctx.each.map((_, i) => ({ ok: { value: null, provisional: bucketOpen(ctx, i) } }));
  }
  const q = await builderFor(ctx.whole, measure);
  const records = recordsCte(measure, q, groupKeys(ctx));
  const buckets = bucketDaysSql(ctx, (day) => q.params.add(day));
  const cell = cellSql(ctx, 'bk.i');
  if (aggregate.kind === 'sum') {
    const rows = await rowsByBucket(ctx, q, `SELECT ${cell} AS b, sum(r.v) AS total, count(r.v) AS n FROM records JOIN ${buckets} ON d >= bk.first_day AND d <= bk.last_day GROUP BY b`, [records]);
    return rows.map((bucket, i) => ({ ok: sumValue(bucket[0], bucketOpen(ctx, i)) }));
  }
  if (aggregate.kind === 'median-rank') {
    const rows = await rowsByBucket(
      ctx,
      q,
      `SELECT b, ${MEDIAN_OF_L} AS median FROM (
         SELECT b, COALESCE(list_sort(list(rank) FILTER (WHERE rank IS NOT NULL)), []) AS l FROM (
           SELECT ${cell} AS b, ${RANK_OF_R} AS rank
             FROM records JOIN ${buckets} ON d >= bk.first_day AND d <= bk.last_day WHERE g = ${q.params.add(ctx.whole.settings.primaryStore ?? '')}
         ) GROUP BY b
       )`,
      [records],
    );
    return rows.map((bucket, i) => ({ ok: { value: numberOrNull(bucket[0]?.['median']), provisional: bucketOpen(ctx, i) } }));
  }
  const rows = await rowsByBucket(
    ctx,
    q,
    `SELECT b, COALESCE(sum(l.v * l.w), 0) AS weighted, COALESCE(sum(l.w), 0) AS weights FROM (
       SELECT ${cell} AS b, arg_max(r, d) AS l FROM records JOIN ${buckets} ON d <= bk.last_day WHERE r.v IS NOT NULL AND r.w > 0 GROUP BY b, ${groupKeys(ctx)}g
     ) GROUP BY b`,
    [records],
  );
  return rows.map((bucket, i) => ({ ok: weightedValue(bucket[0], bucketOpen(ctx, i)) }));
}
