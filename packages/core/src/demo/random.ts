import { xoroshiro128plus, type RandomGenerator } from 'pure-rand';

const TWO_POW_32 = 4_294_967_296;

/**
 * The demo simulator's only source of chance: a seeded xoroshiro128+ generator (pure-rand).
 * Why a class around pure-rand's mutable `unsafeNext`: the simulation draws millions of numbers,
 * and threading immutable generators through every function would cost an allocation per draw.
 * Same seed, same sequence of calls: the same numbers, on every platform.
 *
 * @example
 * const rng = new DemoRandom(42);
 * rng.chance(0.3); // true about 30% of the time, the same answers for seed 42
 */
export class DemoRandom {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed | 0);
  }

  /** A float in [0, 1). */
  next(): number {
    return (this.generator.unsafeNext() >>> 0) / TWO_POW_32;
  }

  /** True with probability `p` (clamped to 0..1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** One item, uniformly. The list must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  }

  /**
   * A Poisson-distributed count with mean `mean`: how many of many independent people do
   * something on one day. Knuth's method for small means; a rounded normal approximation above
   * 30, where Knuth's loop would be slow and the two are indistinguishable for this purpose.
   */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** A standard normal draw (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A geometric count >= 0 with mean `mean`: pages in a visit, visits before churn. */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (1 + mean);
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  /** `factor` spread by ±`spread` (e.g. 0.2 for ±20%): day-to-day noise on amounts and counts. */
  jitter(factor: number, spread: number): number {
    return factor * (1 + (this.next() * 2 - 1) * spread);
  }
}

/**
 * Derives an independent seed for a sub-stream (the pilot run, the feeds, the company records),
 * so that drawing more numbers in one stream never shifts another one.
 *
 * @example deriveSeed(42, 3) !== deriveSeed(42, 4)
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) | 0;
}
