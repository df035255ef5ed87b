import type { ElapsedMeasure } from '@marketops/core';
import { filterSql, propertyKeySql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `elapsed` in SQL: per person the first `end` event ever (event order), kept when in the period
 * with a join value; its start is the earliest `start` event with the same join value at or
 * before it. Milliseconds are summed as integers, divided once in JavaScript, as the reference.
 */
export async function elapsedSql(ctx: SqlEvalContext, measure: ElapsedMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const join = propertyKeySql(measure.join, q);
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) AS pairs, COALESCE(sum(end_ms - start_ms), 0) AS total_ms FROM (
       SELECT e.person_id, any_value(e.end_ms) AS end_ms, min(s.ms) AS start_ms
         FROM ends e JOIN (SELECT ${join} AS j, epoch_ms(ts) AS ms FROM ev WHERE ts < ${q.end} AND ${filterSql(measure.start, q)}) s
           ON s.j = e.j AND s.ms <= e.end_ms
        GROUP BY e.person_id
     )`,
    [
      `ends AS (SELECT person_id, epoch_ms(f.ts) AS end_ms, f.j AS j FROM (
         SELECT person_id, arg_min({'ts': ts, 'j': ${join}}, (ts, message_id)) AS f FROM ev WHERE ${filterSql(measure.end, q)} GROUP BY person_id
       ) WHERE ${q.inPeriod('f.ts')} AND f.j IS NOT NULL)`,
    ],
  );
  const totalMs = numberOf(row['total_ms']);
  const pairs = numberOf(row['pairs']);
  return { value: pairs === 0 ? null : totalMs / 1000 / pairs, numerator: totalMs / 1000, denominator: pairs, provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}
