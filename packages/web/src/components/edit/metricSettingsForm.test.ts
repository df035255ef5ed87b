import { describe, expect, it } from 'vitest';
import { audienceText, badStorePaths, parseAudience, parseList, parseRetentionDay } from './metricSettingsForm';

describe('parseAudience', () => {
  it('reads the three kinds of condition, and JSON values in lists', () => {
    expect(parseAudience('country in CN, JP\n\nage between 18 and 45\nemail exists\ntier in 2, "2", true').conditions).toEqual([
      { trait: 'country', op: 'in', values: ['CN', 'JP'] },
      { trait: 'age', op: 'between', min: 18, max: 45 },
      { trait: 'email', op: 'exists' },
      { trait: 'tier', op: 'in', values: [2, '2', true] },
    ]);
  });

  it('names each line that is not a condition, including a range that matches nobody', () => {
    expect(parseAudience('country\nage between 45 18\nplan in a,,b\nok exists').problems).toEqual([
      { line: 1, text: 'country' },
      { line: 2, text: 'age between 45 18' },
      { line: 3, text: 'plan in a,,b' },
    ]);
  });

  it('keeps a quoted comma inside its value, and names an unclosed quote', () => {
    expect(parseAudience('país in México, "12", "a,b"').conditions).toEqual([{ trait: 'país', op: 'in', values: ['México', '12', 'a,b'] }]);
    expect(parseAudience('plan in "a, b').problems).toEqual([{ line: 1, text: 'plan in "a, b' }]);
  });

  it('round-trips through the text the box shows', () => {
    const conditions = [
      { trait: 'país', op: 'in' as const, values: ['México', '12', 'a,b', 7, true] },
      { trait: 'score', op: 'between' as const, min: -1.5, max: 3 },
      { trait: 'vip', op: 'exists' as const },
    ];
    expect(parseAudience(audienceText(conditions))).toEqual({ conditions, problems: [] });
  });
});

describe('lists, paths and the retention day', () => {
  it('splits on commas and lines', () => expect(parseList(' wechat,weibo\n\nline ')).toEqual(['wechat', 'weibo', 'line']));
  it('finds store paths without a leading slash', () => expect(badStorePaths(['/shop', 'store', ' /x'])).toEqual(['store', ' /x']));
  it('reads the retention day', () => {
    expect(parseRetentionDay('')).toEqual({ value: undefined, invalid: false });
    expect(parseRetentionDay('14')).toEqual({ value: 14, invalid: false });
    expect(parseRetentionDay('0').invalid).toBe(true);
    expect(parseRetentionDay('7.5').invalid).toBe(true);
    expect(parseRetentionDay('400').invalid).toBe(true);
  });
});
