import { localDate } from '../../analysis/calendar';
import { decimalToNumber, parseDecimal } from '../decimal';
import type { CostSumMeasure, MoneySumMeasure } from '../formula';
import { addToTotals, convertTotals, reportingCurrencyOf, type CurrencyTotals } from '../money';
import { inPeriod, type EvalContext } from './context';
import { keyOf, passes } from './match';
import { periodOpen, type MeasureValue } from './result';

/**
 * Sums of money: order amounts from events and marketing costs. Each amount is kept exactly under
 * its currency and calendar date (the event's day in the period's zone, or the cost's date), so it
 * is converted at that date's rate (money.ts).
 */

function moneyValue(ctx: EvalContext, totals: CurrencyTotals): MeasureValue {
  const sum = convertTotals(totals, ctx.options);
  return { value: decimalToNumber(sum), money: sum, provisional: periodOpen(ctx) };
}

/** The first passing event per dedupe key in the period; its amount summed per currency, converted. */
export function evaluateMoneySum(ctx: EvalContext, measure: MoneySumMeasure): MeasureValue {
  const reporting = reportingCurrencyOf(ctx.options);
  const seen = new Set<string>();
  const totals: CurrencyTotals = new Map();
  for (const event of ctx.events) {
    if (!inPeriod(ctx, event) || !passes(ctx, event, measure.filter)) continue;
    const key = keyOf(ctx, event, measure.dedupe);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const amount = parseDecimal(event.properties[measure.amount]);
    if (amount === null) continue;
    const raw = event.properties[measure.currency];
    const currency = typeof raw === 'string' && raw.trim() !== '' ? raw.trim().toUpperCase() : reporting;
    addToTotals(totals, currency, localDate(event.timestamp, ctx.period.timeZone), amount);
  }
  return moneyValue(ctx, totals);
}

/** Cost records dated in the period, of the listed functions and types, summed and converted. */
export function evaluateCostSum(ctx: EvalContext, measure: CostSumMeasure): MeasureValue {
  reportingCurrencyOf(ctx.options);
  const totals: CurrencyTotals = new Map();
  for (const cost of ctx.costs) {
    if (cost.date < ctx.period.from || cost.date > ctx.period.to) continue;
    if (measure.functionIds !== undefined && (cost.functionId === null || !measure.functionIds.includes(cost.functionId))) continue;
    if (measure.costTypes !== undefined && !measure.costTypes.includes(cost.costType)) continue;
    const amount = parseDecimal(cost.amount);
    // Why: the feed validated every amount on import; a record that still fails is corrupt data.
    if (amount === null) throw new RangeError(`cost record ${cost.rowKey} has a malformed amount: ${cost.amount}`);
    addToTotals(totals, cost.currency.toUpperCase(), cost.date, amount);
  }
  return moneyValue(ctx, totals);
}
