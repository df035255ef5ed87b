import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AliasKeyFilter } from './alias-key-filter';

describe('AliasKeyFilter', () => {
  it('holds every key added (no false negatives), whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 40, unit: 'grapheme' })), { maxLength: 200 }), (keys) => {
        const filter = new AliasKeyFilter(keys.length);
        for (const [w, a] of keys) filter.add(w, a);
        for (const [w, a] of keys) expect(filter.mightHold(w, a)).toBe(true);
        expect(filter.keys).toBe(keys.length);
      }),
    );
  });

  it('rarely holds a key not added: about 1% at its fill limit, and the workspace counts', () => {
    const filter = new AliasKeyFilter(100_000);
    const capacity = Math.floor((1 << 20) / AliasKeyFilter.BITS_PER_KEY);
    for (let i = 0; filter.keys < capacity; i++) filter.add('company-a', `anon-${i}`);
    expect(filter.full).toBe(false);
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (filter.mightHold('company-a', `other-${i}`)) wrong++;
    // 10 bits and 7 probes per key: 0.82% expected
    expect(wrong / 100_000).toBeLessThan(0.015);
    let otherWorkspace = 0;
    for (let i = 0; i < 10_000; i++) if (filter.mightHold('company-b', `anon-${i}`)) otherWorkspace++;
    expect(otherWorkspace / 10_000).toBeLessThan(0.015);
    filter.add('company-a', 'one-more');
    filter.add('company-a', 'and-another');
    expect(filter.full).toBe(true);
  });

  it('is sized for the keys it expects: at least 10 bits each', () => {
    const filter = new AliasKeyFilter(1_000_000);
    for (let i = 0; i < 1_000_000; i++) filter.add('w', `a${i}`);
    expect(filter.full).toBe(false);
  });
});
