import type { CountMeasure, DistinctMeasure, FirstMeasure } from '@marketops/core';
import { audienceSql } from '../audience-sql';
import { allConditionsSql, filterSql, keySql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/** Counting kinds: passing messages, distinct keys, keys first seen in the period. */

function counted(ctx: SqlEvalContext, value: number): MeasureValue {
  return { value, provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}

/** `count`: distinct messageIds of passing events in the period (of target people with `audience`). */
export async function countSql(ctx: SqlEvalContext, measure: CountMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const audience = measure.audience === true ? audienceSql(q) : 'TRUE';
  const row = await runOne(ctx, q, `SELECT count(DISTINCT message_id) AS n FROM ev WHERE ${q.inPeriod()} AND ${filterSql(measure.filter, q)} AND ${audience}`);
  return counted(ctx, numberOf(row['n']));
}

/**
 * `distinct`: distinct keys of passing events in the period; with `atLeast`, only keys whose
 * passing events (in the period, or before its end) carry enough distinct `of` values.
 */
export async function distinctSql(ctx: SqlEvalContext, measure: DistinctMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const audience = measure.audience === true ? audienceSql(q) : 'TRUE';
  const key = keySql(measure.key, q);
  const passing = `${filterSql(measure.filter, q)} AND ${audience}`;
  const atLeast = measure.atLeast;
  if (atLeast === undefined) {
    const row = await runOne(ctx, q, `SELECT count(DISTINCT ${key}) AS n FROM ev WHERE ${q.inPeriod()} AND ${passing}`);
    return counted(ctx, numberOf(row['n']));
  }
  // Why `ts < end` for both scopes: a key needs an event in the period, and `of` values count
  // only in the period or before its end; nothing after the end matters.
  const ofCounts = atLeast.scope === 'period' ? 'within' : 'TRUE';
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) AS n FROM (
       SELECT k FROM (SELECT ${key} AS k, ${keySql(atLeast.of, q)} AS o, ${q.inPeriod()} AS within FROM ev WHERE ts < ${q.end} AND ${passing})
        WHERE k IS NOT NULL
        GROUP BY k
       HAVING bool_or(within) AND count(DISTINCT o) FILTER (WHERE ${ofCounts}) >= ${q.params.typed(atLeast.count, 'DOUBLE')}
     )`,
  );
  return counted(ctx, numberOf(row['n']));
}

/** `first`: keys whose first passing event ever (event order) is in the period and meets `also`. */
export async function firstSql(ctx: SqlEvalContext, measure: FirstMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) FILTER (WHERE f.ts >= ${q.start} AND f.ts < ${q.end} AND f.also) AS n FROM (
       SELECT arg_min({'ts': ts, 'also': ${allConditionsSql(measure.also ?? [], q)}}, (ts, message_id)) AS f
         FROM (SELECT *, ${keySql(measure.key, q)} AS k FROM ev WHERE ${filterSql(measure.filter, q)})
        WHERE k IS NOT NULL
        GROUP BY k
     )`,
  );
  return counted(ctx, numberOf(row['n']));
}
