/**
 * Exact decimal numbers as a BigInt of units and a count of fraction digits, for money sums that
 * must add up to the cent: 0.1 + 0.2 is 0.3 here. Only what the metrics need: parse, add,
 * multiply, print, and a final conversion to a JS number for division and display.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export const ZERO: Decimal = { units: 0n, scale: 0 };

/**
 * A plain decimal string (`-12.50`), or a finite number (read from its shortest round-trip text,
 * so 19.99 is exactly 19.99); null for anything else (exponents, separators, NaN, text).
 *
 * @example parseDecimal('12.50') // { units: 1250n, scale: 2 }
 */
export function parseDecimal(value: unknown): Decimal | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
    // Why: String(1e-7) is '1e-7'; toFixed(20) spells such numbers out (all below 1e21 here).
    if (/e/i.test(text)) text = Math.abs(value) < 1e21 ? value.toFixed(20) : '';
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const match = PLAIN.exec(text);
  if (match === null) return null;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2] ?? '0'}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/**
 * Plain text with trailing fraction zeros removed (at least `minScale` fraction digits kept).
 * @example formatDecimal({ units: 12500n, scale: 3 }, 2) // '12.50'
 */
export function formatDecimal(value: Decimal, minScale = 0): string {
  const negative = value.units < 0n;
  let digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  let scale = value.scale;
  while (scale > minScale && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  if (scale < minScale) {
    digits += '0'.repeat(minScale - scale);
    scale = minScale;
  }
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/** The nearest JS number (for division and display; sums are exact before this). */
export function decimalToNumber(value: Decimal): number {
  return Number(formatDecimal(value));
}
