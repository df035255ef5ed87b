import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/text/closest';

describe('closest / editDistance', () => {
  it('computes Levenshtein distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('suggests a near id and nothing for a far one', () => {
    expect(closest('new-meda', ['new-media', 'pr'])).toBe('new-media');
    expect(closest('logistics', ['new-media', 'pr'])).toBeNull();
  });
});
