import type { ActivityGoalMeasure } from '@marketops/core';
import { propertyKeySql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import { jsonMember, memberNonEmptyString } from '../json-sql';
import { numberOf, numberOrNull } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';
import { DAY_MS } from './day-ms';

/**
 * `activity-goal` in SQL: per activity the latest `ended` record (event order), kept when in the
 * period with a goal event name; its participants (first join at or before the end, per person)
 * and those with a goal event in [join, end + days x 24 h), summed over the activities. Open
 * (provisional) while the latest activity's window has not ended at `asOf`; why the query returns
 * that end instead of comparing with `asOf`: see `followed-within.ts`.
 */
export async function activityGoalSql(ctx: SqlEvalContext, measure: ActivityGoalMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const windowMs = q.params.typed(measure.days * DAY_MS, 'BIGINT');
  const activity = propertyKeySql(measure.activity, q);
  const goal = memberNonEmptyString(jsonMember('properties', [measure.goal], q.params));
  const row = await runOne(
    ctx,
    q,
    `SELECT (SELECT max(end_ms) FROM activities) AS last_end_ms,
            count(*) AS participants,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM ev g WHERE g.type = 'track' AND g.event = p.goal AND g.person_id = p.person_id
                 AND epoch_ms(g.ts) >= p.joined_ms AND epoch_ms(g.ts) < p.end_ms + ${windowMs}
            )) AS converted
       FROM (
         SELECT a.activity, j.person_id, min(epoch_ms(j.ts)) AS joined_ms, any_value(a.end_ms) AS end_ms, any_value(a.goal) AS goal
           FROM activities a
           JOIN (SELECT ${activity} AS activity, person_id, ts FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.joined)}) j
             ON j.activity = a.activity AND epoch_ms(j.ts) <= a.end_ms
          GROUP BY a.activity, j.person_id
       ) p`,
    [
      `activities AS (SELECT activity, epoch_ms(e.ts) AS end_ms, e.goal AS goal FROM (
         SELECT activity, arg_max({'ts': ts, 'goal': goal}, (ts, message_id)) AS e FROM (
           SELECT ${activity} AS activity, ${goal} AS goal, ts, message_id FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.ended)}
         ) WHERE activity IS NOT NULL GROUP BY activity
       ) WHERE ${q.inPeriod('e.ts')} AND e.goal IS NOT NULL)`,
    ],
  );
  const lastEnd = numberOrNull(row['last_end_ms']);
  const open = lastEnd !== null && lastEnd + measure.days * DAY_MS > ctx.asOfMs;
  return ratioValue(numberOf(row['converted']), numberOf(row['participants']), periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) || open);
}
