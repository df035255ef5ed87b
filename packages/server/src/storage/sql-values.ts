/**
 * Conversions of values as the SQL stores select them (as text, for exactness on both drivers)
 * back to the core's types.
 */

/**
 * A numeric as the core writes amounts: at least two and at most four fraction digits.
 *
 * @example canonicalAmount('1234.5000') // '1234.50'
 * @example canonicalAmount('12.3450') // '12.345'
 */
export function canonicalAmount(text: string): string {
  const [integer = '0', fraction = ''] = text.split('.');
  let digits = fraction.padEnd(2, '0');
  while (digits.length > 2 && digits.endsWith('0')) digits = digits.slice(0, -1);
  return `${integer}.${digits}`;
}

/** A bigint or sum selected as text, as a number; null stays null. */
export function countOrNull(text: string | null): number | null {
  return text === null ? null : Number(text);
}
