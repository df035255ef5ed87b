import { addDays, daysBetween, startOfLocalDay, type RollingActiveMeasure } from '@marketops/core';
import { filterSql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `rolling-active` without a row per (day, person): a person active on local day a is counted
 * on the days a .. a + windowDays - 1. Over a person's sorted active days, the union of those
 * runs is each day's run cut at the next active day, so the sum of the daily counts is, per
 * person and active day, the days of [a, min(a + w - 1, next - 1)] inside the period.
 */
export async function rollingActiveSql(ctx: SqlEvalContext, measure: RollingActiveMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const { from, to, timeZone } = ctx.period;
  const days = daysBetween(from, to) + 1;
  const w = q.params.typed(measure.windowDays, 'INTEGER');
  const first = q.date(from);
  const last = q.date(to);
  // Why the window start as an instant: events before it cannot reach a day of the period.
  const since = q.instant(startOfLocalDay(addDays(from, 1 - measure.windowDays), timeZone).getTime());
  const row = await runOne(
    ctx,
    q,
    `SELECT COALESCE(sum(greatest(0, least(day + ${w} - 1, next_day - 1, ${last}) - greatest(day, ${first}) + 1)), 0) AS total FROM (
       SELECT day, COALESCE(lead(day) OVER (PARTITION BY person_id ORDER BY day), DATE '9999-12-31') AS next_day FROM (
         SELECT DISTINCT person_id, ${q.localDate()} AS day FROM ev WHERE ts >= ${since} AND ts < ${q.end} AND ${filterSql(measure.filter, q)}
       )
     )`,
  );
  return ratioValue(numberOf(row['total']), days, periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }));
}
