import { AnalysisError } from './analysis-error';

/**
 * Exact money arithmetic for the marketing view: amounts are decimal strings (`CostRecord.amount`)
 * and stay exact: `0.10 + 0.20` is `0.30`. A value is `unscaled / 10^scale` with a BigInt.
 * Results are rounded once, at the end, to 4 fraction digits, half away from zero (what DuckDB's
 * `round()` does on DECIMAL), and written like cost amounts: 2 to 4 fraction digits.
 */
export interface Exact {
  readonly unscaled: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

export const ZERO: Exact = { unscaled: 0n, scale: 0 };

/** Reads a plain decimal (`-80.00`, `7.1234`); throws AnalysisError otherwise. */
export function exact(text: string): Exact {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (match === null) throw new AnalysisError('AMOUNT_INVALID', `not an exact decimal: "${text}"`);
  const fraction = match[3] ?? '';
  const magnitude = BigInt(`${match[2] ?? '0'}${fraction}`);
  return { unscaled: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

function atScale(value: Exact, scale: number): bigint {
  return value.unscaled * 10n ** BigInt(scale - value.scale);
}

export function add(a: Exact, b: Exact): Exact {
  const scale = Math.max(a.scale, b.scale);
  return { unscaled: atScale(a, scale) + atScale(b, scale), scale };
}

export function multiply(a: Exact, b: Exact): Exact {
  return { unscaled: a.unscaled * b.unscaled, scale: a.scale + b.scale };
}

/** `numerator / divisor` rounded to 4 fraction digits, half away from zero; `divisor` > 0. */
export function divideToText(numerator: Exact, divisor: number): string {
  return roundToText(numerator, BigInt(divisor));
}

/** The value rounded to 4 fraction digits, half away from zero, as money text (`12.30`, `0.3333`). */
export function toText(value: Exact): string {
  return roundToText(value, 1n);
}

function roundToText(value: Exact, divisor: bigint): string {
  // value / divisor at scale 4 = unscaled * 10^4 / (divisor * 10^scale)
  const lift = value.scale <= 4 ? 10n ** BigInt(4 - value.scale) : 1n;
  const denominator = divisor * (value.scale > 4 ? 10n ** BigInt(value.scale - 4) : 1n);
  const numerator = value.unscaled * lift;
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  let fraction = (quotient % 10_000n).toString().padStart(4, '0');
  while (fraction.length > 2 && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const sign = negative && quotient !== 0n ? '-' : '';
  return `${sign}${quotient / 10_000n}.${fraction}`;
}
