import type { CostSumMeasure } from '@marketops/core';
import { addToTotals, convertTotals, decimalToNumber, parseDecimal, periodOpen, reportingCurrencyOf, type CurrencyTotals, type MeasureValue } from '../core-internals';
import type { SqlEvalContext } from '../sql-context';

/**
 * `cost-sum`: cost records live in PostgreSQL, not DuckDB, so the caller passes them and this sums
 * them exactly with the core's decimal and money helpers. Records outside the period are skipped
 * here, so a caller may pass a wider range.
 */
export function costSum(ctx: SqlEvalContext, measure: CostSumMeasure): MeasureValue {
  reportingCurrencyOf(ctx.options);
  const { from, to } = ctx.period;
  const totals: CurrencyTotals = new Map();
  for (const cost of ctx.costs) {
    if (cost.date < from || cost.date > to) continue;
    if (measure.functionIds !== undefined && (cost.functionId === null || !measure.functionIds.includes(cost.functionId))) continue;
    if (measure.costTypes !== undefined && !measure.costTypes.includes(cost.costType)) continue;
    const amount = parseDecimal(cost.amount);
    // Why throw: the feed validated every amount on import; one that still fails is corrupt data.
    if (amount === null) throw new RangeError(`cost record ${cost.rowKey} has a malformed amount: ${cost.amount}`);
    addToTotals(totals, cost.currency.toUpperCase(), cost.date, amount);
  }
  const sum = convertTotals(totals, ctx.options);
  return { value: decimalToNumber(sum), money: sum, provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}
