import { describe, it, expect } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":1,"z":0}]},"b":1}');
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('agrees with JSON.stringify on values that have no keys to sort', () => {
    for (const value of [null, true, false, 0, -1.5, 1e21, 'a"b\\c\n', '微信😀', [], [1, 'two', null, [3]], {}]) {
      expect(canonicalJson(value)).toBe(JSON.stringify(value));
    }
  });

  it('drops undefined members and turns undefined array items into null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson(Number.NaN)).toBe('null');
  });

  it('escapes lone surrogates so the text is valid UTF-16 and hashes stably', () => {
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('serialises dates through toJSON', () => {
    expect(canonicalJson({ at: new Date('2024-01-02T03:04:05Z') })).toBe('{"at":"2024-01-02T03:04:05.000Z"}');
  });

  it('handles nesting far deeper than the call stack allows', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const text = canonicalJson(deep);
    expect(text.length).toBe(200_001);
    expect(text.startsWith('[[[')).toBe(true);
  });

  it('serialises shared (non-cyclic) references twice, like JSON.stringify', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });

  it('throws on a cycle instead of looping forever', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});
