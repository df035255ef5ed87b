import type { Measure } from '../formula';
import type { EvalContext } from './context';
import { evaluateCount, evaluateDistinct, evaluateFirst } from './counting';
import { evaluateCostSum, evaluateMoneySum } from './money-sums';
import { evaluateActivityGoal } from './activity-goal';
import { evaluateFollowedWithin, evaluateRetention } from './cohorts';
import { evaluateDailyRecords } from './daily-records';
import { evaluateElapsed } from './elapsed';
import { evaluateOnTime } from './on-time';
import type { MeasureValue } from './result';
import { evaluateSnapshot } from './snapshot';
import { evaluateSurvey } from './survey';
import { evaluateRollingActive, evaluateSessions } from './usage';

/**
 * The reference evaluation of a measure: one exhaustive switch over the kinds, each kind a plain
 * loop over the dataset. Ratios keep their parts and pass the numerator's exact money on.
 */
export function evaluate(ctx: EvalContext, measure: Measure): MeasureValue {
  switch (measure.kind) {
    case 'count':
      return evaluateCount(ctx, measure);
    case 'distinct':
      return evaluateDistinct(ctx, measure);
    case 'first':
      return evaluateFirst(ctx, measure);
    case 'money-sum':
      return evaluateMoneySum(ctx, measure);
    case 'cost-sum':
      return evaluateCostSum(ctx, measure);
    case 'ratio': {
      const numerator = evaluate(ctx, measure.numerator);
      const denominator = evaluate(ctx, measure.denominator);
      const provisional = numerator.provisional || denominator.provisional;
      const n = numerator.value;
      const d = denominator.value;
      const value = n === null || d === null || d === 0 ? null : n / d;
      return {
        value,
        ...(n === null ? {} : { numerator: n }),
        ...(d === null ? {} : { denominator: d }),
        ...(numerator.money === undefined ? {} : { money: numerator.money }),
        provisional,
      };
    }
    case 'product': {
      const factors = measure.factors.map((factor) => evaluate(ctx, factor));
      const values = factors.map((f) => f.value);
      const value = values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a * (b ?? 0), 1);
      return { value, provisional: factors.some((f) => f.provisional) };
    }
    case 'metric':
      return evaluate(ctx, ctx.lookup(measure.id).formula);
    case 'rolling-active':
      return evaluateRollingActive(ctx, measure);
    case 'sessions':
      return evaluateSessions(ctx, measure);
    case 'retention':
      return evaluateRetention(ctx, measure);
    case 'followed-within':
      return evaluateFollowedWithin(ctx, measure);
    case 'survey':
      return evaluateSurvey(ctx, measure);
    case 'snapshot':
      return evaluateSnapshot(ctx, measure);
    case 'daily-records':
      return evaluateDailyRecords(ctx, measure);
    case 'on-time':
      return evaluateOnTime(ctx, measure);
    case 'activity-goal':
      return evaluateActivityGoal(ctx, measure);
    case 'elapsed':
      return evaluateElapsed(ctx, measure);
  }
}
