/** Draws from a seeded generator (`createRng` of bench/generate.ts) for the simulated shop. */
export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export function weighted<T>(rng: Rng, table: readonly (readonly [number, T])[]): T {
  let total = 0;
  for (const [w] of table) total += w;
  let r = rng() * total;
  for (const [w, value] of table) if ((r -= w) < 0) return value;
  return (table[table.length - 1] as readonly [number, T])[1];
}
export const hex = (rng: Rng, digits: number): string => {
  let s = '';
  for (let i = 0; i < digits; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)];
  return s;
};
export const uuid = (rng: Rng): string => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
/** Failures before the first success of a p-coin: mean (1 - p) / p. */
export const geometric = (rng: Rng, p: number): number => Math.floor(Math.log(1 - rng()) / Math.log(1 - p));
export const exponential = (rng: Rng, mean: number): number => -Math.log(1 - rng()) * mean;
