import { addDecimal, decimalToNumber, parseDecimal } from './decimal';
import type { KpiUnit } from '../catalog/types';

/** What a comparison reads of a result (`MetricResult` has it). */
export interface ComparedResult {
  readonly unit: KpiUnit;
  readonly value: number | null;
  readonly money?: { readonly amount: string; readonly currency: string };
  /** Present on ratios and means, whose `money` is the numerator's, not the value. */
  readonly numerator?: number;
  readonly denominator?: number;
}

/** How a metric moved from one period to another. */
export interface Change {
  /** current - previous, in the metric's unit (for a ratio: in points, e.g. 0.05 = 5 points). */
  readonly change: number | null;
  /** change ÷ |previous|; null when either value is missing or the previous value is 0. */
  readonly relativeChange: number | null;
}

/**
 * The change between two results of one metric: the one rule every engine and route uses (the
 * reference's comparison, the SQL engine's, the trend's series).
 *
 * An amount of money (unit `currency`, a sum rather than a ratio) is subtracted exactly, on the
 * decimal amounts, before the difference becomes a number: 1234.56 - 1234.55 is 0.01, not
 * 0.009999999999990905 as floats give.
 *
 * @example changeBetween(march, february) // { change: 12, relativeChange: 0.25 }
 */
export function changeBetween(current: ComparedResult, previous: ComparedResult): Change {
  const a = current.value;
  const b = previous.value;
  if (a === null || b === null) return { change: null, relativeChange: null };
  const change = exactMoneyChange(current, previous) ?? a - b;
  return { change, relativeChange: b === 0 ? null : change / Math.abs(b) };
}

function exactMoneyChange(current: ComparedResult, previous: ComparedResult): number | null {
  if (current.unit !== 'currency' || current.money === undefined || previous.money === undefined) return null;
  // Why: a ratio in a currency (average order value = GMV / orders) carries its numerator's money;
  // only a plain sum's money is its value.
  if ([current, previous].some((r) => r.numerator !== undefined || r.denominator !== undefined)) return null;
  if (current.money.currency !== previous.money.currency) return null;
  const a = parseDecimal(current.money.amount);
  const b = parseDecimal(previous.money.amount);
  if (a === null || b === null) return null;
  return decimalToNumber(addDecimal(a, { units: -b.units, scale: b.scale }));
}
