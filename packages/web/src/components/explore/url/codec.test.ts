import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTM_FIELDS } from '@marketops/contracts';
import { decodeBreakdown, decodeFilter, decodeFilters, decodeMatcher, encodeBreakdown, encodeFilter, encodeMatcher, escapePart, unescapePart } from './codec';
import type { Filter, ValueTest } from './codec';

describe('filters in the URL', () => {
  it('writes compact, readable text', () => {
    expect(encodeFilter({ kind: 'channel', test: { op: 'equals', value: 'Paid Search' } })).toBe('channel:equals:Paid Search');
    expect(encodeFilter({ kind: 'campaign', field: 'name', test: { op: 'contains', value: 'spring' } })).toBe('campaign:name:contains:spring');
    expect(encodeFilter({ kind: 'property', key: 'plan', test: { op: 'in', values: ['pro', 'team'] } })).toBe('property:plan:in:pro,team');
    expect(encodeFilter({ kind: 'trait', key: 'age', test: { op: 'gte', value: 18.5 } })).toBe('trait:age:gte:18.5');
    expect(encodeFilter({ kind: 'trait', key: 'email', test: { op: 'exists' } })).toBe('trait:email:exists');
  });

  it('escapes separators inside keys and values', () => {
    const filter: Filter = { kind: 'property', key: 'a:b,c%', test: { op: 'in', values: ['x,y', 'http://z', '100%'] } };
    expect(encodeFilter(filter)).toBe('property:a%3Ab%2Cc%25:in:x%2Cy,http%3A//z,100%25');
    expect(decodeFilter(encodeFilter(filter))).toEqual(filter);
  });

  const text = fc.string({ minLength: 1, maxLength: 40 });
  const test: fc.Arbitrary<ValueTest> = fc.oneof(
    fc.record({ op: fc.constantFrom('equals' as const, 'contains' as const), value: text }),
    fc.record({ op: fc.constant('in' as const), values: fc.array(text, { minLength: 1, maxLength: 5 }) }),
    fc.record({ op: fc.constant('exists' as const) }),
    fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100) }),
  );
  const filter: fc.Arbitrary<Filter> = fc.oneof(
    fc.record({ kind: fc.constant('channel' as const), test }),
    fc.record({ kind: fc.constant('campaign' as const), field: fc.constantFrom(...UTM_FIELDS), test }),
    fc.record({ kind: fc.constantFrom('property' as const, 'trait' as const), key: text, test }),
  );

  it('reads back every filter it writes, through a real query string', () => {
    fc.assert(
      fc.property(fc.array(filter, { maxLength: 5 }), (filters) => {
        const params = new URLSearchParams();
        for (const f of filters) params.append('f', encodeFilter(f));
        const read = decodeFilters(new URLSearchParams(params.toString()).getAll('f'));
        expect(read).toEqual({ filters, invalid: false });
      }),
    );
  });

  it.each([
    ['', 'empty'],
    ['channel', 'no operator'],
    ['channel:equals', 'no value'],
    ['channel:equals:', 'empty value'],
    ['channel:like:x', 'unknown operator'],
    ['channel:exists:x', 'a value for exists'],
    ['channel:equals:a:b', 'an unescaped separator'],
    ['campaign:utm_source:equals:x', 'unknown UTM field'],
    ['property::equals:x', 'empty key'],
    ['property:plan:gt:abc', 'not a number'],
    ['property:plan:gt:1e400', 'an exponent'],
    ['property:plan:gt:Infinity', 'Infinity'],
    ['property:plan:gt: 1', 'padded number'],
    ['property:plan:in:a,,b', 'an empty listed value'],
    ['property:%E0%A4%A:equals:x', 'a malformed escape in the key'],
    ['property:plan:equals:%', 'a lone percent sign'],
    ['__proto__:equals:x', 'a prototype key as kind'],
    [`property:${'k'.repeat(201)}:exists`, 'a key too long'],
    [`channel:equals:${'v'.repeat(1001)}`, 'a value too long'],
    ['<script>alert(1)</script>', 'markup'],
  ])('refuses %j (%s) without throwing', (raw) => {
    expect(decodeFilter(raw)).toBeNull();
  });

  it('keeps the readable filters of a link, notes the others, and stops at the API’s 20', () => {
    const ok = 'channel:equals:Email';
    expect(decodeFilters([ok, 'nonsense'])).toEqual({ filters: [{ kind: 'channel', test: { op: 'equals', value: 'Email' } }], invalid: true });
    const many = decodeFilters(Array.from({ length: 25 }, () => ok));
    expect(many.filters).toHaveLength(20);
    expect(many.invalid).toBe(true);
  });

  it('unescapes only well-formed escapes', () => {
    expect(unescapePart(escapePart('a%:,b'))).toBe('a%:,b');
    expect(unescapePart('%zz')).toBeNull();
  });
});

describe('breakdowns in the URL', () => {
  it('round-trips each kind', () => {
    for (const b of [{ kind: 'channel' }, { kind: 'campaign', field: 'medium' }, { kind: 'property', key: 'plan:x' }, { kind: 'trait', key: 'country' }] as const) {
      expect(decodeBreakdown(encodeBreakdown(b))).toEqual(b);
    }
  });
  it.each(['', 'channel:x', 'campaign', 'campaign:bogus', 'trait', 'trait:', 'property:a:b', 'city'])('refuses %j', (raw) => expect(decodeBreakdown(raw)).toBeNull());
});

describe('matchers in the URL', () => {
  it('reads events, pages and screens, names with colons included', () => {
    expect(decodeMatcher('event:Signed Up')).toEqual({ target: { kind: 'event', event: 'Signed Up' } });
    expect(decodeMatcher('page')).toEqual({ target: { kind: 'page' } });
    expect(decodeMatcher('page:')).toEqual({ target: { kind: 'page' } });
    expect(decodeMatcher('screen:Home: new')).toEqual({ target: { kind: 'screen', name: 'Home: new' } });
    expect(decodeMatcher(encodeMatcher({ target: { kind: 'event', event: 'a:b' } }))).toEqual({ target: { kind: 'event', event: 'a:b' } });
  });
  it.each(['', 'event', 'event:', 'event:   ', 'track:Signed Up', 'PAGE', `event:${'x'.repeat(201)}`])('refuses %j', (raw) => expect(decodeMatcher(raw)).toBeNull());
});
