import { describe, expect, it } from 'vitest';
import { deriveSeed, DemoRandom } from './random';

describe('DemoRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = new DemoRandom(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws Poisson and geometric counts with the requested mean', () => {
    const rng = new DemoRandom(7);
    const mean = (f: () => number) => Array.from({ length: 20_000 }, f).reduce((s, x) => s + x, 0) / 20_000;
    expect(mean(() => rng.poisson(3))).toBeCloseTo(3, 1);
    expect(mean(() => rng.poisson(120))).toBeGreaterThan(118);
    expect(mean(() => rng.poisson(120))).toBeLessThan(122);
    expect(mean(() => rng.geometric(4))).toBeCloseTo(4, 0);
    expect(rng.poisson(0)).toBe(0);
  });

  it('picks by weight', () => {
    const rng = new DemoRandom(3);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted(['a', 'b'], (x) => (x === 'a' ? 9 : 1)) === 'a') heavy++;
    expect(heavy / 10_000).toBeGreaterThan(0.87);
    expect(heavy / 10_000).toBeLessThan(0.93);
  });
});

describe('deriveSeed', () => {
  it('gives independent, stable seeds per stream', () => {
    expect(deriveSeed(1, 1)).toBe(deriveSeed(1, 1));
    expect(new Set([deriveSeed(1, 1), deriveSeed(1, 2), deriveSeed(2, 1), deriveSeed(1, 11)]).size).toBe(4);
  });
});
