import { describe, expect, it } from 'vitest';
import { stringifyIterative } from './stringify-iterative';

describe('stringifyIterative', () => {
  it('equals JSON.stringify on ordinary values', () => {
    const samples: unknown[] = [null, 1, -0.5, 'a"b\\c\n', true, [], {}, [1, [2, [3]]], { a: 1, b: { c: [null, 'x'] }, d: undefined }, { '\u0000k': '\ud800' }, [undefined, NaN, Infinity]];
    for (const s of samples) expect(stringifyIterative(s)).toBe(JSON.stringify(s));
  });
  it('serialises nesting far deeper than the call stack allows', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    const text = stringifyIterative(deep);
    expect(text.length).toBe(200_000);
  });
});
