import type { MeasureValue } from './core-internals';

/**
 * The composite kinds' arithmetic on their parts' values, exactly as the reference combines them
 * (reference/evaluate.ts): shared by the one-period and the bucketed evaluation so that both
 * combine parts the same way.
 */

/** `ratio`: n / d (none when either is missing or d is 0), with its parts and the numerator's money. */
export function ratioOf(numerator: MeasureValue, denominator: MeasureValue): MeasureValue {
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

/** `product`: the factors multiplied in order (none when any factor has none). */
export function productOf(factors: readonly MeasureValue[]): MeasureValue {
  const values = factors.map((f) => f.value);
  const value = values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a * (b ?? 0), 1);
  return { value, provisional: factors.some((f) => f.provisional) };
}
