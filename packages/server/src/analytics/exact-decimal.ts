import { AnalysisError } from '@marketops/core';

/**
 * Exact decimal money for the reach analysis, by the same rules as the core's internal `money.ts`
 * (which the core does not export): a value is `unscaled / 10^scale` with a BigInt; sums and
 * products are exact; a result is rounded once, to 4 fraction digits half away from zero, and
 * written with 2 to 4 fraction digits (`12.30`, `0.3333`).
 */
export interface Exact {
  readonly unscaled: bigint;
  readonly scale: number;
}

export const ZERO: Exact = { unscaled: 0n, scale: 0 };

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Reads a plain decimal (`-80.00`, `7.1234`); AnalysisError `AMOUNT_INVALID` otherwise. */
export function parseExact(text: string): Exact {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (match === null) throw new AnalysisError('AMOUNT_INVALID', `not an exact decimal: "${text}"`);
  const fraction = match[3] ?? '';
  const magnitude = BigInt(`${match[2] ?? '0'}${fraction}`);
  return { unscaled: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

export function addExact(a: Exact, b: Exact): Exact {
  const scale = Math.max(a.scale, b.scale);
  const lift = (v: Exact): bigint => v.unscaled * 10n ** BigInt(scale - v.scale);
  return { unscaled: lift(a) + lift(b), scale };
}

export function multiplyExact(a: Exact, b: Exact): Exact {
  return { unscaled: a.unscaled * b.unscaled, scale: a.scale + b.scale };
}

/**
 * `value / divisor` (divisor a whole number >= 1) rounded to 4 fraction digits, half away from
 * zero, as money text.
 *
 * @example exactToText(parseExact('1000.00'), 3) // '333.3333'
 */
export function exactToText(value: Exact, divisor = 1): string {
  const denominator = BigInt(divisor) * 10n ** BigInt(Math.max(0, value.scale - 4));
  const numerator = value.unscaled * 10n ** BigInt(Math.max(0, 4 - value.scale));
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  let fraction = (quotient % 10_000n).toString().padStart(4, '0');
  while (fraction.length > 2 && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${numerator < 0n && quotient !== 0n ? '-' : ''}${quotient / 10_000n}.${fraction}`;
}
