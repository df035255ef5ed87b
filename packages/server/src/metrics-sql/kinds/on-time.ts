import type { OnTimeMeasure } from '@marketops/core';
import { propertyKeySql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { bucketDaysSql, bucketOpen, cellSql, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import type { QueryBuilder } from '../query-builder';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';
import { dateTextSql } from './daily-records';

/** Per key tuple (and group, when `grouped`), the latest record's due and completed dates, as `r`. */
function latestRecordsSql(measure: OnTimeMeasure, q: QueryBuilder, grouped = false): string {
  const keys = measure.keys.map((key) => propertyKeySql(key, q));
  const keyed = keys.map((k, i) => `${k} AS k${i}`);
  const grouping = keys.map((_, i) => `k${i}`);
  const groupIndex = grouped ? ['group_index'] : [];
  const by = [...groupIndex, ...grouping];
  return `SELECT ${groupIndex.map((k) => `${k}, `).join('')}arg_max({'due': due, 'completed': completed}, (ts, message_id)) AS r FROM (
         SELECT ${[...groupIndex, ...keyed, `${dateTextSql(measure.due, q)} AS due`, `${dateTextSql(measure.completed, q)} AS completed`, 'ts', 'message_id'].join(', ')}
           FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.event)}
       ) ${grouping.length === 0 ? '' : `WHERE ${grouping.map((k) => `${k} IS NOT NULL`).join(' AND ')} `}${by.length === 0 ? '' : `GROUP BY ${by.join(', ')}`}`;
}

function onTimeValue(row: Record<string, unknown> | undefined, provisional: boolean): MeasureValue {
  const due = numberOf(row?.['due']);
  const onTime = numberOf(row?.['on_time']);
  return { value: due === 0 ? null : onTime / due, numerator: onTime, denominator: due, provisional };
}

const ON_TIME_COUNTS = `count(*) AS due, count(*) FILTER (WHERE r.completed IS NOT NULL AND r.completed <= r.due) AS on_time`;

/**
 * `on-time` in SQL: the latest record in event order per key tuple (every key property a
 * non-empty string or a number), then those due in the period and those completed by their due
 * date. Dates are compared as text, as the reference does.
 */
export async function onTimeSql(ctx: SqlEvalContext, measure: OnTimeMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const row = await runOne(
    ctx,
    q,
    `SELECT ${ON_TIME_COUNTS} FROM (
       ${latestRecordsSql(measure, q)}
     ) WHERE r.due >= ${q.params.add(ctx.period.from)} AND r.due <= ${q.params.add(ctx.period.to)}`,
  );
  return onTimeValue(row, periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }));
}

/**
 * `on-time` per bucket in one query: the latest record of each key is the same for every bucket
 * (it is read over the whole dataset), and each bucket counts the records due on its own days.
 */
export async function onTimeByBucketSql(ctx: SqlBucketsContext, measure: OnTimeMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  const rows = await rowsByBucket(
    ctx,
    q,
    `SELECT ${cellSql(ctx, 'bk.i', 'l.group_index')} AS b, ${ON_TIME_COUNTS} FROM (
       ${latestRecordsSql(measure, q, ctx.grouped)}
     ) l JOIN ${bucketDaysSql(ctx, (day) => q.params.add(day))} ON l.r.due >= bk.first_day AND l.r.due <= bk.last_day GROUP BY b`,
  );
  return rows.map((bucket, i) => ({ ok: onTimeValue(bucket[0], bucketOpen(ctx, i)) }));
}
