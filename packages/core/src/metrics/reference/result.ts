import type { Decimal } from '../decimal';

/**
 * The value of one measure for one period. `value` is null when the formula is undefined for the
 * data (nobody reached, no answers). `money` is the exact amount when the value (or a ratio's
 * numerator) is a sum of money, in the reporting currency.
 */
export interface MeasureValue {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly money?: Decimal;
  readonly provisional: boolean;
}

/** The base provisional rule: a value is provisional until its period has ended at `asOf`. */
export function periodOpen(ctx: { end: number; asOf: number }): boolean {
  return ctx.asOf < ctx.end;
}

/** A ratio with its parts; no value when the denominator is 0. */
export function ratioValue(numerator: number, denominator: number, provisional: boolean): MeasureValue {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator, provisional };
}
