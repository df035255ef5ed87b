import type { DailyRecordsMeasure } from '@marketops/core';
import { periodOpen, type MeasureValue } from '../core-internals';
import { jsonMember, memberNonEmptyString, memberNumber, memberString } from '../json-sql';
import type { QueryBuilder } from '../query-builder';
import { numberOf, numberOrNull } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/** A `YYYY-MM-DD` string member (the shape only, compared as text), else NULL. */
export function dateTextSql(property: string, q: QueryBuilder): string {
  const text = memberString(jsonMember('properties', [property], q.params));
  return `(CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ${text} END)`;
}

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
  const number = (property: string): string => memberNumber(jsonMember('properties', [property], q.params));
  const fields =
    aggregate.kind === 'sum'
      ? `{'v': ${number(aggregate.property)}}`
      : aggregate.kind === 'median-rank'
        ? `{'rank': ${number(aggregate.rank)}, 'chart': ${number(aggregate.chartLength)}}`
        : `{'v': ${number(aggregate.value)}, 'w': ${number(aggregate.weight)}}`;
  const records = `records AS (
    SELECT g, d, arg_max(${fields}, (ts, message_id)) AS r FROM (
      SELECT *, ${memberNonEmptyString(jsonMember('properties', [measure.group], q.params))} AS g, ${dateTextSql(measure.date, q)} AS d
        FROM ev WHERE type = 'track' AND event = ${q.params.add(measure.event)}
    ) WHERE g IS NOT NULL AND d IS NOT NULL GROUP BY g, d)`;
  const from = q.params.add(ctx.period.from);
  const to = q.params.add(ctx.period.to);
  if (aggregate.kind === 'sum') {
    const row = await runOne(ctx, q, `SELECT sum(r.v) AS total, count(r.v) AS n FROM records WHERE d >= ${from} AND d <= ${to}`, [records]);
    return { value: numberOf(row['n']) > 0 ? numberOf(row['total']) : null, provisional };
  }
  if (aggregate.kind === 'median-rank') {
    const row = await runOne(
      ctx,
      q,
      `SELECT CASE WHEN len(l) = 0 THEN NULL WHEN len(l) % 2 = 1 THEN l[len(l) // 2 + 1] ELSE (l[len(l) // 2] + l[len(l) // 2 + 1]) / 2 END AS median FROM (
         SELECT COALESCE(list_sort(list(rank) FILTER (WHERE rank IS NOT NULL)), []) AS l FROM (
           SELECT CASE WHEN r.rank >= 1 THEN r.rank WHEN r.chart IS NOT NULL THEN r.chart + 1 END AS rank
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
  const weighted = numberOf(row['weighted']);
  const weights = numberOf(row['weights']);
  return { value: weights === 0 ? null : weighted / weights, numerator: weighted, denominator: weights, provisional };
}
