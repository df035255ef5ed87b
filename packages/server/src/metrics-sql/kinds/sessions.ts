import type { SessionsMeasure } from '@marketops/core';
import { cellIndexSql, cellOf, groupKeys, rowsByBucket, sharedAnswer, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { filterSql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import type { QueryBuilder } from '../query-builder';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `sessions` in SQL: per person, passing events in event order; an event starts a session when
 * the gap to the person's previous passing event is longer than the gap (or there is none). A
 * running sum of the starts numbers the sessions; each session's first and last instants follow.
 *
 * Why events from `start - gap` only: whether an event in the period starts a session depends
 * only on whether the previous event lies within the gap, so older events change nothing. The
 * same argument makes buckets one query: an event of a bucket starts a session whether the scan
 * begins `gap` before that bucket or before the first one, so each session, counted in the
 * bucket of its first event, is the session that bucket's own query finds.
 *
 * Why events in time order alone, without a tie-break: events at the same instant have the same
 * time, so whichever of them comes first, the gaps are the same (the first one's gap to the event
 * before them, 0 for the others), and all of them fall in the same session. Sorting on the message
 * id too only lengthened the sort (a text key on every row).
 */
function sessionsBodySql(q: QueryBuilder, measure: SessionsMeasure, bucket?: (ts: string) => string, keys = ''): string {
  const gapMs = measure.gapMinutes * 60_000;
  const gap = q.params.typed(gapMs, 'DOUBLE');
  // Why a count needs nothing after the period: whether an event starts a session depends only on
  // the events before it. A duration does: a session started in the period may go on after it.
  const upper = measure.aggregate === 'count' ? ` AND ts < ${q.end}` : '';
  return `SELECT ${bucket === undefined ? '' : `${bucket('first_ts')} AS b, `}count(*) AS sessions, COALESCE(sum(last_ms - first_ms), 0) AS duration_ms FROM (
       SELECT ${keys}min(ms) AS first_ms, max(ms) AS last_ms, min(ts) AS first_ts FROM (
         SELECT ${keys}person_id, ts, ms, sum(starts) OVER (PARTITION BY ${keys}person_id ORDER BY ts ROWS UNBOUNDED PRECEDING) AS session FROM (
           SELECT ${keys}person_id, ts, epoch_ms(ts) AS ms,
                  CASE WHEN epoch_ms(ts) - lag(epoch_ms(ts)) OVER (PARTITION BY ${keys}person_id ORDER BY ts) <= ${gap} THEN 0 ELSE 1 END AS starts
             FROM ev WHERE ts >= ${q.instant(q.startMs - gapMs)}${upper} AND ${filterSql(measure.filter, q)}
         )
       )
       GROUP BY ${keys}person_id, session
     ) WHERE ${q.inPeriod('first_ts')}${bucket === undefined ? '' : ' GROUP BY b'}`;
}

function sessionsValue(measure: SessionsMeasure, row: Record<string, unknown> | undefined, ctx: SqlEvalContext): MeasureValue {
  const gapMs = measure.gapMinutes * 60_000;
  const provisional = measure.aggregate === 'duration' ? ctx.asOfMs < ctx.endMs + gapMs : periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs });
  return { value: measure.aggregate === 'count' ? numberOf(row?.['sessions']) : numberOf(row?.['duration_ms']) / 1000, provisional };
}

export async function sessionsSql(ctx: SqlEvalContext, measure: SessionsMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  return sessionsValue(measure, await runOne(ctx, q, sessionsBodySql(q, measure)), ctx);
}

/**
 * `sessions` per bucket in one query: each session in the bucket of its first event. The query
 * gives both the count and the duration, so when several metrics of a request ask (visits and time
 * spent), it runs once for them all: then it reads events after the period too, which a count
 * alone does not need and which change no count (see `sessionsBodySql`).
 */
export async function sessionsByBucketSql(ctx: SqlBucketsContext, measure: SessionsMeasure): Promise<BucketValue[]> {
  const shareable: SessionsMeasure = ctx.shared === undefined ? measure : { ...measure, aggregate: 'duration' };
  const key = `sessions|${JSON.stringify(measure.filter)}|${measure.gapMinutes}`;
  const rows = await sharedAnswer(ctx, key, async () => {
    const q = await builderFor(ctx.whole, shareable);
    return rowsByBucket(ctx, q, sessionsBodySql(q, shareable, (ts) => cellIndexSql(q, ctx, ts), groupKeys(ctx)));
  });
  return rows.map((bucket, i) => ({ ok: sessionsValue(measure, bucket[0], cellOf(ctx, i)) }));
}
