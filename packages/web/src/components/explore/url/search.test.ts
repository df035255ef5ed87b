import { describe, expect, it } from 'vitest';
import { applySearch, pickSearch } from './search';

describe('applySearch', () => {
  it('sets, repeats and removes keys, keeping the others in place', () => {
    const current = new URLSearchParams('from=2026-10-01&step=a&step=b&order=strict');
    const next = applySearch(current, { step: ['page', 'event:Signed Up'], order: null, window: '7' });
    expect(next.toString()).toBe('from=2026-10-01&step=page&step=event%3ASigned+Up&window=7');
    expect(next.getAll('step')).toEqual(['page', 'event:Signed Up']);
  });
  it('treats an empty text and an empty list as removal, and leaves the input untouched', () => {
    const current = new URLSearchParams('f=a&by=channel');
    expect(applySearch(current, { f: [], by: '' }).toString()).toBe('');
    expect(current.toString()).toBe('f=a&by=channel');
  });
});

describe('pickSearch', () => {
  it('keeps only the named keys, lists included', () =>
    expect(pickSearch(new URLSearchParams('from=1&step=x&f=a&f=b&to=2'), ['from', 'to', 'f']).toString()).toBe('from=1&to=2&f=a&f=b'));
});
