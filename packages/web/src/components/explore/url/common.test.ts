import { describe, expect, it } from 'vitest';
import { invalidInterval, matcherFromDraft, parseNumberField, readChoice, readNumberParam, readSlicing } from './common';

describe('parseNumberField', () => {
  it('reads plain decimals, with a comma as decimal mark too', () => {
    expect(parseNumberField('14', { exclusiveMin: 0 })).toEqual({ value: 14 });
    expect(parseNumberField(' 1,5 ', { exclusiveMin: 0 })).toEqual({ value: 1.5 });
  });
  it('names what is wrong', () => {
    expect(parseNumberField('', {})).toEqual({ error: { code: 'required' } });
    expect(parseNumberField('1e3', {})).toEqual({ error: { code: 'number' } });
    expect(parseNumberField('abc', {})).toEqual({ error: { code: 'number' } });
    expect(parseNumberField('0', { exclusiveMin: 0 })).toEqual({ error: { code: 'positive' } });
    expect(parseNumberField('-2', { exclusiveMin: 0 })).toEqual({ error: { code: 'positive' } });
    expect(parseNumberField('2.5', { integer: true })).toEqual({ error: { code: 'wholeNumber' } });
    expect(parseNumberField('0', { min: 1 })).toEqual({ error: { code: 'atLeast', limit: 1 } });
    expect(parseNumberField('366', { max: 365 })).toEqual({ error: { code: 'atMost', limit: 365 } });
  });
});

describe('URL readers', () => {
  const search = new URLSearchParams('n=5&bad=-1&c=b&d=z');
  it('tell absent (undefined) from unreadable (null)', () => {
    expect(readNumberParam(search, 'n', { min: 1 })).toBe(5);
    expect(readNumberParam(search, 'bad', { min: 1 })).toBeNull();
    expect(readNumberParam(search, 'missing', { min: 1 })).toBeUndefined();
    expect(readChoice(search, 'c', ['a', 'b'])).toBe('b');
    expect(readChoice(search, 'd', ['a', 'b'])).toBeNull();
    expect(readChoice(search, 'missing', ['a', 'b'])).toBeUndefined();
  });
  it('name an interval that is no bucket size', () => {
    expect(invalidInterval(new URLSearchParams('interval=year'))).toEqual(['interval']);
    expect(invalidInterval(new URLSearchParams('interval=week'))).toEqual([]);
    expect(invalidInterval(new URLSearchParams())).toEqual([]);
  });
  it('read filters and breakdown, naming the unreadable keys', () => {
    expect(readSlicing(new URLSearchParams('f=channel:equals:Email&by=trait:country'))).toEqual({
      state: { filters: [{ kind: 'channel', test: { op: 'equals', value: 'Email' } }], breakdown: { kind: 'trait', key: 'country' } },
      invalid: [],
    });
    expect(readSlicing(new URLSearchParams('f=x&by=y'))).toEqual({ state: { filters: [], breakdown: undefined }, invalid: ['f', 'by'] });
  });
});

describe('matcherFromDraft', () => {
  it('needs a name for an event, not for a page or screen', () => {
    expect(matcherFromDraft({ kind: 'event', name: '  ' })).toEqual({ error: { code: 'eventRequired' } });
    expect(matcherFromDraft({ kind: 'event', name: ' Signed Up ' })).toEqual({ matcher: { target: { kind: 'event', event: 'Signed Up' } } });
    expect(matcherFromDraft({ kind: 'page', name: '' })).toEqual({ matcher: { target: { kind: 'page' } } });
    expect(matcherFromDraft({ kind: 'screen', name: 'x'.repeat(201) })).toEqual({ error: { code: 'tooLong', limit: 200 } });
  });
});
