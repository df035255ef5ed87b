/**
 * Revenue as DuckDB keeps it: DECIMAL(18,4), i.e. an integer count of 1/10,000ths. Conversions
 * go through decimal text, never through `value * 10000`, because binary doubles are not decimal:
 * `19.9999 * 10000` is 199998.99999999997.
 */
export const REVENUE_WIDTH = 18;
export const REVENUE_SCALE = 4;

const MAX_SCALED = 10n ** BigInt(REVENUE_WIDTH);

/**
 * The scaled integer for a revenue number, or the reason it cannot be stored. The number is read
 * as its shortest decimal text (what JavaScript prints, so `19.9999` is exactly 199999), then
 * rounded half away from zero to 4 decimals. Refuses NaN, infinities and |value| >= 10^14.
 *
 * @example
 * toScaledRevenue(19.9999); // 199999n
 * toScaledRevenue(0.00005); // 1n (rounded)
 */
export function toScaledRevenue(value: number): bigint | { readonly reason: string } {
  if (!Number.isFinite(value)) return { reason: 'must be a finite number' };
  const scaled = scaleDecimalText(Math.abs(value).toString());
  if (scaled >= MAX_SCALED) return { reason: `must be less than 10^${REVENUE_WIDTH - REVENUE_SCALE} in absolute value` };
  return value < 0 ? -scaled : scaled;
}

/**
 * The number for a scaled revenue, by way of its decimal text so the result is the double nearest
 * to the stored decimal (exactly what parsing `19.9999` gives), also beyond 2^53.
 *
 * @example
 * fromScaledRevenue(199999n); // 19.9999
 */
export function fromScaledRevenue(scaled: bigint): number {
  return Number(formatScaledRevenue(scaled));
}

/**
 * The exact decimal text of a scaled revenue, which DuckDB casts to DECIMAL(18,4) without loss.
 *
 * @example
 * formatScaledRevenue(-1n); // '-0.0001'
 */
export function formatScaledRevenue(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(REVENUE_SCALE + 1, '0');
  const text = `${digits.slice(0, -REVENUE_SCALE)}.${digits.slice(-REVENUE_SCALE)}`;
  return negative ? `-${text}` : text;
}

/** `1.5`, `123`, `1e-7`, `1.2345e+21` (non-negative) -> the value times 10^4, rounded half up. */
function scaleDecimalText(text: string): bigint {
  const [mantissa = '0', exponentText] = text.split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [integerPart = '0', fractionPart = ''] = mantissa.split('.');
  const digits = BigInt(integerPart + fractionPart);
  const shift = exponent - fractionPart.length + REVENUE_SCALE;
  if (shift >= 0) return digits * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  const quotient = digits / divisor;
  return (digits % divisor) * 2n >= divisor ? quotient + 1n : quotient;
}
