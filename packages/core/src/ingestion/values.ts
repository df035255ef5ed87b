/**
 * Small normalisers shared by the steps. Lengths are counted in Unicode code points, not UTF-16
 * units, because limits are meant as "characters" (PostgreSQL's varchar counts the same way) and a
 * Chinese or emoji id must not be cut in the middle of a character.
 */

/**
 * Trimmed text of a string or finite number; `null` for blanks and every other value.
 *
 * @example cleanText('  Order Completed ') // 'Order Completed'
 * @example cleanText(42) // '42'
 */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Length in code points. @example codePointLength('微信') // 2 */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/**
 * True when `text` has more than `max` code points. Why not `codePointLength(text) > max`: a text
 * of at most `max` UTF-16 units cannot have more code points, and that is almost every text.
 */
export function longerThan(text: string, max: number): boolean {
  return text.length > max && codePointLength(text) > max;
}

/** The first `max` code points of `text`. @example truncateCodePoints('a😀b', 2) // 'a😀' */
export function truncateCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** A plain JSON object (not an array, not null), or `undefined`. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
