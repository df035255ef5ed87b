import { describe, expect, it } from 'vitest';
import { markovFromTransitions, markovRemovalEffects, pathTransitions, type ChannelPath, type PathTransition } from './markov';

describe('markovRemovalEffects', () => {
  it('solves a small chain by hand', () => {
    // start -> PS 2/3, start -> Social 1/3; PS -> conv 1/2, PS -> Social 1/2; Social -> conv 1/2, -> null 1/2
    // P(Social) = 1/2; P(PS) = 1/2 + 1/2 * 1/2 = 3/4; P = 2/3 * 3/4 + 1/3 * 1/2 = 2/3
    // without PS: 1/3 * 1/2 = 1/6 -> RE = 1 - (1/6) / (2/3) = 3/4
    // without Social: 2/3 * 1/2 = 1/3 -> RE = 1 - (1/3) / (2/3) = 1/2
    const { conversionProbability, removalEffects } = markovRemovalEffects([
      { channels: ['PS'], converted: true },
      { channels: ['PS', 'Social'], converted: true },
      { channels: ['Social'], converted: false },
    ]);
    expect(conversionProbability).toBeCloseTo(2 / 3, 12);
    expect(removalEffects.get('PS')).toBeCloseTo(3 / 4, 12);
    expect(removalEffects.get('Social')).toBeCloseTo(1 / 2, 12);
  });

  it('handles loops between channels exactly', () => {
    // A -> B -> A -> conv and B -> null. Transitions: start->A 1, start->B 1 (second path),
    // A->B 1, B->A 1, A->conv 1, B->null 1: P(A->B) = P(A->conv) = 1/2, P(B->A) = P(B->null) = 1/2.
    // x_A = 1/2 + 1/2 x_B, x_B = 1/2 x_A -> x_A = 1/2 + 1/4 x_A -> x_A = 2/3, x_B = 1/3.
    // P = 1/2 * 2/3 + 1/2 * 1/3 = 1/2. Without A: 0 (RE 1). Without B: x_A = 1/2, P = 1/4 (RE 1/2).
    const { conversionProbability, removalEffects } = markovRemovalEffects([
      { channels: ['A', 'B', 'A'], converted: true },
      { channels: ['B'], converted: false },
    ]);
    expect(conversionProbability).toBeCloseTo(1 / 2, 12);
    expect(removalEffects.get('A')).toBeCloseTo(1, 12);
    expect(removalEffects.get('B')).toBeCloseTo(1 / 2, 12);
  });

  it('merges repeated channels and reports nothing to credit without conversions', () => {
    // ['A', 'A'] is the path A: start -> A -> conv, so P = 1 and removing A leaves 0
    expect(markovRemovalEffects([{ channels: ['A', 'A'], converted: true }]).removalEffects.get('A')).toBe(1);
    const none = markovRemovalEffects([{ channels: ['A'], converted: false }]);
    expect(none.conversionProbability).toBe(0);
    expect(none.removalEffects.get('A')).toBe(0);
    expect(markovRemovalEffects([]).conversionProbability).toBe(0);
  });

  it('lists each path\'s transitions with repeats merged', () => {
    expect(pathTransitions([{ channels: ['A', 'A', 'B'], converted: true }, { channels: [], converted: false }, { channels: ['B'], converted: false }])).toEqual([
      { kind: 'step', from: null, to: 'A', count: 1 },
      { kind: 'step', from: 'A', to: 'B', count: 1 },
      { kind: 'end', from: 'B', converted: true, count: 1 },
      { kind: 'step', from: null, to: 'B', count: 1 },
      { kind: 'end', from: 'B', converted: false, count: 1 },
    ]);
  });
});

describe('markovFromTransitions', () => {
  it('gives the paths\' answer to the last bit from grouped counts in any order', () => {
    const paths: ChannelPath[] = [
      { channels: ['PS', 'Social', 'PS'], converted: true },
      { channels: ['PS'], converted: true },
      { channels: ['Social', 'Email', 'Email'], converted: false },
      { channels: ['Email', 'PS'], converted: false },
      { channels: ['Social', 'Email', 'Email'], converted: false },
      { channels: ['Display'], converted: false },
    ];
    const grouped = new Map<string, PathTransition>();
    for (const t of pathTransitions(paths)) {
      const key = JSON.stringify({ ...t, count: 0 });
      const held = grouped.get(key);
      grouped.set(key, { ...t, count: (held?.count ?? 0) + 1 });
    }
    const counted = markovFromTransitions([...grouped.values()].reverse());
    const fromPaths = markovRemovalEffects(paths);
    expect(counted.conversionProbability).toBe(fromPaths.conversionProbability);
    expect([...counted.removalEffects]).toEqual([...fromPaths.removalEffects]);
    expect(grouped.size).toBeLessThan(pathTransitions(paths).length);
  });

  it('refuses a count that is not a whole number >= 1', () => {
    for (const count of [0, -1, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => markovFromTransitions([{ kind: 'step', from: null, to: 'A', count }])).toThrow(/whole number >= 1/);
    }
  });
});
