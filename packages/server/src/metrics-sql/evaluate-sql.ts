import type { Measure } from '@marketops/core';
import { productOf, ratioOf } from './composites';
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
      return ratioOf(numerator, denominator);
    }
    case 'product':
      return productOf(await inOrder(measure.factors.map((factor) => evaluateSql(ctx, factor))));
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
