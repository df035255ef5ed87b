import { addDays, localDate, startOfLocalDay, type RetentionMeasure } from '@marketops/core';
import { filterSql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `retention` in SQL: per person the first passing event ever (its instant is all that matters),
 * kept when in the period; day N = its local date + N. Day N has ended at `asOf` exactly when
 * asOf's own local date is after day N, so the waiting people are found by comparing dates,
 * never by computing a local midnight in SQL.
 */
export async function retentionSql(ctx: SqlEvalContext, measure: RetentionMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const day = ctx.settings.retentionDay ?? measure.defaultDay;
  const n = q.params.typed(day, 'INTEGER');
  const asOfDate = q.date(localDate(new Date(ctx.asOfMs), ctx.period.timeZone));
  const filter = filterSql(measure.filter, q);
  // Why this bound: day N of the last cohort day ends at the start of (period end + N + 1).
  const lastDayN = q.instant(startOfLocalDay(addDays(ctx.period.to, day + 1), ctx.period.timeZone).getTime());
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) FILTER (WHERE c.day_n >= ${asOfDate}) AS waiting,
            count(*) FILTER (WHERE c.day_n < ${asOfDate}) AS cohort,
            count(*) FILTER (WHERE c.day_n < ${asOfDate} AND r.person_id IS NOT NULL) AS retained
       FROM (
         SELECT person_id, ${q.localDate('t0')} + ${n} AS day_n
           FROM (SELECT person_id, min(ts) AS t0 FROM ev WHERE ${filter} GROUP BY person_id)
          WHERE ${q.inPeriod('t0')}
       ) c
       LEFT JOIN (SELECT DISTINCT person_id, ${q.localDate()} AS day FROM ev WHERE ts >= ${q.start} AND ts < ${lastDayN} AND ${filter}) r
         ON r.person_id = c.person_id AND r.day = c.day_n`,
  );
  const waiting = numberOf(row['waiting']) > 0;
  return ratioValue(numberOf(row['retained']), numberOf(row['cohort']), periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) || waiting);
}
