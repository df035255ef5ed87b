/**
 * The two statistics the analyses report, computed exactly as the core's reference does
 * (packages/core/src/analysis/stats.ts, which the core keeps internal), so results compare equal.
 */

/** The middle value, or the mean of the two middle values; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `numerator / denominator`, null when the denominator is 0 (a rate of nobody is unknown). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** JavaScript's `<` on strings (UTF-16 code units) as a comparator: the references' order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
