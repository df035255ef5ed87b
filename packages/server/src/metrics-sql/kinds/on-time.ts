import type { OnTimeMeasure } from '@marketops/core';
import { propertyKeySql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';
import { dateTextSql } from './daily-records';

/**
 * `on-time` in SQL: the latest record in event order per key tuple (every key property a
 * non-empty string or a number), then those due in the period and those completed by their due
 * date. Dates are compared as text, as the reference does.
 */
export async function onTimeSql(ctx: SqlEvalContext, measure: OnTimeMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const keys = measure.keys.map((key) => propertyKeySql(key, q));
  const keyed = keys.map((k, i) => `${k} AS k${i}`);
  const grouping = keys.map((_, i) => `k${i}`);
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) AS due, count(*) FILTER (WHERE r.completed IS NOT NULL AND r.completed <= r.due) AS on_time FROM (
       SELECT arg_max({'due': due, 'completed': completed}, (ts, message_id)) AS r FROM (
         SELECT ${[...keyed, `${dateTextSql(measure.due, q)} AS due`, `${dateTextSql(measure.completed, q)} AS completed`, 'ts', 'message_id'].join(', ')}
           FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.event)}
       ) ${grouping.length === 0 ? '' : `WHERE ${grouping.map((k) => `${k} IS NOT NULL`).join(' AND ')} GROUP BY ${grouping.join(', ')}`}
     ) WHERE r.due >= ${q.params.add(ctx.period.from)} AND r.due <= ${q.params.add(ctx.period.to)}`,
  );
  const due = numberOf(row['due']);
  const onTime = numberOf(row['on_time']);
  return { value: due === 0 ? null : onTime / due, numerator: onTime, denominator: due, provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}
