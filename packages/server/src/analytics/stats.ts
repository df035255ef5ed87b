/**
 * The statistics the analyses report: the core's own `median` and `ratio` (so results compare
 * equal to the references), and the references' text order.
 */
export { median, ratio } from '@marketops/core';

/** JavaScript's `<` on strings (UTF-16 code units) as a comparator: the references' order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
