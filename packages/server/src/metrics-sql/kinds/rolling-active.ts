import { addDays, daysBetween, METRICS, startOfLocalDay, type Measure, type RollingActiveMeasure } from '@marketops/core';
import { bucketDaysSql, bucketOpen, cellOf, cellSql, groupKeys, rowsByBucket, sharedAnswer, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { filterSql } from '../condition-sql';
import { periodOpen, ratioValue, type MeasureValue } from '../core-internals';
import type { QueryBuilder } from '../query-builder';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `rolling-active` without a row per (day, person): a person active on local day a is counted
 * on the days a .. a + windowDays - 1. Over a person's sorted active days, the union of those
 * runs is each day's run cut at the next active day, so the sum of the daily counts is, per
 * person and active day, the days of [a, min(a + w - 1, next - 1)] inside the period.
 */

/** Per person and active day from `windowDays - 1` days before the period: the day and the person's next active day. */
function activeDaysSql(q: QueryBuilder, measure: RollingActiveMeasure, keys = ''): string {
  const { from, timeZone } = q.inputs.period;
  // Why the window start as an instant: events before it cannot reach a day of the period.
  const since = q.instant(startOfLocalDay(addDays(from, 1 - measure.windowDays), timeZone).getTime());
  return `SELECT ${keys}day, COALESCE(lead(day) OVER (PARTITION BY ${keys}person_id ORDER BY day), DATE '9999-12-31') AS next_day FROM (
         SELECT DISTINCT ${keys}person_id, ${q.localDate()} AS day FROM ev WHERE ts >= ${since} AND ts < ${q.end} AND ${filterSql(measure.filter, q)}
       )`;
}

export async function rollingActiveSql(ctx: SqlEvalContext, measure: RollingActiveMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const { from, to } = ctx.period;
  const days = daysBetween(from, to) + 1;
  const w = q.params.typed(measure.windowDays, 'INTEGER');
  const row = await runOne(
    ctx,
    q,
    `SELECT COALESCE(sum(greatest(0, least(day + ${w} - 1, next_day - 1, ${q.date(to)}) - greatest(day, ${q.date(from)}) + 1)), 0) AS total FROM (
       ${activeDaysSql(q, measure)}
     )`,
  );
  return ratioValue(numberOf(row['total']), days, periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }));
}

/** The catalog's window sizes per filter (JSON): DAU, WAU and MAU share one. */
let catalogWindows: Map<string, readonly number[]> | undefined;

function leavesOf(measure: Measure): Measure[] {
  switch (measure.kind) {
    case 'ratio':
      return [...leavesOf(measure.numerator), ...leavesOf(measure.denominator)];
    case 'product':
      return measure.factors.flatMap(leavesOf);
    default:
      return [measure];
  }
}

/** The measure's window and every window the catalog's `rolling-active` measures with the same filter use, ascending. */
function windowsSharedWith(measure: RollingActiveMeasure): number[] {
  if (catalogWindows === undefined) {
    const byFilter = new Map<string, Set<number>>();
    for (const definition of METRICS) {
      for (const leaf of leavesOf(definition.formula)) {
        if (leaf.kind !== 'rolling-active') continue;
        const key = JSON.stringify(leaf.filter);
        byFilter.set(key, (byFilter.get(key) ?? new Set()).add(leaf.windowDays));
      }
    }
    catalogWindows = new Map([...byFilter].map(([key, windows]) => [key, [...windows]]));
  }
  const windows = new Set([measure.windowDays, ...(catalogWindows.get(JSON.stringify(measure.filter)) ?? [])]);
  return [...windows].sort((a, b) => a - b);
}

/**
 * `rolling-active` per bucket in one query: each run [a, min(a + w - 1, next - 1)] counted in
 * every bucket it overlaps, for the days inside that bucket. A run of an active day before a
 * bucket's window, or a next day after the bucket, adds what the bucket's own query adds: nothing,
 * and the same cut.
 *
 * The query answers every window the catalog uses with the measure's filter (DAU, WAU and MAU read
 * the same active days), and when several metrics of a request ask, it runs once for them all. Why
 * a shorter window may read from the longest window's start: an active day before its own window
 * start has a run that ends before the first bucket, so it adds nothing; and a day's next active
 * day is the same whichever earlier days are read.
 */
export async function rollingActiveByBucketSql(ctx: SqlBucketsContext, measure: RollingActiveMeasure): Promise<BucketValue[]> {
  const windows = ctx.shared === undefined ? [measure.windowDays] : windowsSharedWith(measure);
  const longest: RollingActiveMeasure = { ...measure, windowDays: windows[windows.length - 1] ?? measure.windowDays };
  const rows = await sharedAnswer(ctx, `rolling-active|${JSON.stringify(measure.filter)}|${windows.join(',')}`, async () => {
    const q = await builderFor(ctx.whole, longest);
    const sizes = windows.map((w) => `(${q.params.typed(w, 'INTEGER')})`).join(', ');
    return rowsByBucket(
      ctx,
      q,
      `SELECT ${cellSql(ctx, 'bk.i', 'r.group_index')} AS b, ws.w AS w, sum(least(r.day + ws.w - 1, r.next_day - 1, bk.last_day) - greatest(r.day, bk.first_day) + 1) AS total
         FROM (${activeDaysSql(q, longest, groupKeys(ctx))}) r
         CROSS JOIN (VALUES ${sizes}) ws(w)
         JOIN ${bucketDaysSql(ctx, (day) => q.date(day))} ON bk.first_day <= least(r.day + ws.w - 1, r.next_day - 1) AND bk.last_day >= r.day
        GROUP BY b, ws.w`,
    );
  });
  return rows.map((bucket, i) => {
    const { from, to } = cellOf(ctx, i).period;
    const total = bucket.find((row) => numberOf(row['w']) === measure.windowDays)?.['total'];
    return { ok: ratioValue(numberOf(total), daysBetween(from, to) + 1, bucketOpen(ctx, i)) };
  });
}
