/**
 * The median of a list of numbers: the middle value, or the mean of the two middle values of an
 * even-length list (what SQL's `median()`/`quantile_cont(0.5)` returns); null for an empty list.
 *
 * @example median([3, 1, 2]) // 2
 * @example median([1, 2, 3, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `numerator / denominator`, or null when the denominator is 0 (a rate of nobody is unknown, not 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export const MS_PER_DAY = 86_400_000;
