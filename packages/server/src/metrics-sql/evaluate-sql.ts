import type { Measure } from '@marketops/core';
import type { MeasureValue } from './core-internals';
import { costSum } from './kinds/cost-sum';
import { countSql, distinctSql, firstSql } from './kinds/counting';
import { moneySumSql } from './kinds/money-sum';
import { activityGoalSql } from './kinds/activity-goal';
import { dailyRecordsSql } from './kinds/daily-records';
import { elapsedSql } from './kinds/elapsed';
import { followedWithinSql } from './kinds/followed-within';
import { onTimeSql } from './kinds/on-time';
import { retentionSql } from './kinds/retention';
import { rollingActiveSql } from './kinds/rolling-active';
import { sessionsSql } from './kinds/sessions';
import { snapshotValue } from './kinds/snapshot';
import { surveySql } from './kinds/survey';
import type { SqlEvalContext } from './sql-context';

/** Settles every promise, then rethrows the first failure in list order (as the reference, evaluating in order, would). */
async function inOrder<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  return settled.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  });
}

/**
 * A measure on DuckDB: one exhaustive switch, each leaf kind one query (or a JavaScript sum over
 * the caller's cost and snapshot rows), composites combined here exactly as the reference does.
 */
export async function evaluateSql(ctx: SqlEvalContext, measure: Measure): Promise<MeasureValue> {
  switch (measure.kind) {
    case 'count':
      return countSql(ctx, measure);
    case 'distinct':
      return distinctSql(ctx, measure);
    case 'first':
      return firstSql(ctx, measure);
    case 'money-sum':
      return moneySumSql(ctx, measure);
    case 'cost-sum':
      return costSum(ctx, measure);
    case 'ratio': {
      const [numerator, denominator] = await inOrder([evaluateSql(ctx, measure.numerator), evaluateSql(ctx, measure.denominator)]);
      if (numerator === undefined || denominator === undefined) throw new Error('unreachable: two parts');
      const n = numerator.value;
      const d = denominator.value;
      return {
        value: n === null || d === null || d === 0 ? null : n / d,
        ...(n === null ? {} : { numerator: n }),
        ...(d === null ? {} : { denominator: d }),
        ...(numerator.money === undefined ? {} : { money: numerator.money }),
        provisional: numerator.provisional || denominator.provisional,
      };
    }
    case 'product': {
      const factors = await inOrder(measure.factors.map((factor) => evaluateSql(ctx, factor)));
      const values = factors.map((f) => f.value);
      const value = values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a * (b ?? 0), 1);
      return { value, provisional: factors.some((f) => f.provisional) };
    }
    case 'metric':
      return evaluateSql(ctx, ctx.lookup(measure.id).formula);
    case 'rolling-active':
      return rollingActiveSql(ctx, measure);
    case 'sessions':
      return sessionsSql(ctx, measure);
    case 'retention':
      return retentionSql(ctx, measure);
    case 'followed-within':
      return followedWithinSql(ctx, measure);
    case 'survey':
      return surveySql(ctx, measure);
    case 'snapshot':
      return snapshotValue(ctx, measure);
    case 'daily-records':
      return dailyRecordsSql(ctx, measure);
    case 'on-time':
      return onTimeSql(ctx, measure);
    case 'activity-goal':
      return activityGoalSql(ctx, measure);
    case 'elapsed':
      return elapsedSql(ctx, measure);
  }
}
