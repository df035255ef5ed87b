import type { FollowedWithinMeasure } from '@marketops/core';
import { filterSql, keySql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';
import { DAY_MS } from './day-ms';

/**
 * `followed-within` in SQL: per key the first cohort event ever (t0), kept when in the period; a
 * semi-join finds a follow event of the same key in [t0, t0 + days x 24 h). Every member counts
 * (conversion so far); members not converted whose window ends after `asOf` make it provisional.
 */
export async function followedWithinSql(ctx: SqlEvalContext, measure: FollowedWithinMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const windowMs = q.params.typed(measure.days * DAY_MS, 'BIGINT');
  const asOf = q.params.typed(ctx.asOfMs, 'BIGINT');
  const key = keySql(measure.key, q);
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) FILTER (WHERE hit) AS converted,
            count(*) AS cohort,
            count(*) FILTER (WHERE NOT hit AND t0_ms + ${windowMs} > ${asOf}) AS waiting
       FROM (
         SELECT c.k, c.t0_ms, EXISTS (SELECT 1 FROM follows f WHERE f.k = c.k AND f.ms >= c.t0_ms AND f.ms < c.t0_ms + ${windowMs}) AS hit
           FROM cohort c
       )`,
    [
      `cohort AS (SELECT k, epoch_ms(t0) AS t0_ms FROM (
         SELECT ${key} AS k, min(ts) AS t0 FROM ev WHERE ${filterSql(measure.cohort, q)} GROUP BY k
       ) WHERE k IS NOT NULL AND ${q.inPeriod('t0')})`,
      `follows AS (SELECT ${key} AS k, epoch_ms(ts) AS ms FROM ev WHERE ts >= ${q.start} AND ${filterSql(measure.follow, q)})`,
    ],
  );
  const waiting = numberOf(row['waiting']) > 0;
  return ratioValue(numberOf(row['converted']), numberOf(row['cohort']), periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) || waiting);
}
