import { describe, expect, it } from 'vitest';
import { breakdownValue } from './breakdown';
import { sketchEvent } from './event-fixtures';
import { matchesEventFilter, matchesTraitFilters, testValue, textForm } from './filters';

describe('filters', () => {
  it('compares text forms: strings, shortest numbers, booleans; nothing else', () => {
    expect([textForm('a'), textForm(12), textForm(12.5), textForm(true), textForm(null), textForm({ a: 1 }), textForm(Number.NaN)]).toEqual(['a', '12', '12.5', 'true', null, null, null]);
    expect(testValue(12, { op: 'equals', value: '12' }, false)).toBe(true);
    expect(testValue('12', { op: 'equals', value: 12 }, false)).toBe(true);
    expect(testValue(true, { op: 'in', values: ['false', 'true'] }, false)).toBe(true);
    expect(testValue([1], { op: 'equals', value: '1' }, false)).toBe(false);
    expect(testValue('x', { op: 'in', values: [] }, false)).toBe(false);
  });

  it('is case-sensitive for properties, case-insensitive for channel and UTM fields and for contains', () => {
    expect(testValue('Pro', { op: 'equals', value: 'pro' }, false)).toBe(false);
    expect(testValue('Pro', { op: 'equals', value: 'pro' }, true)).toBe(true);
    expect(testValue('Spring Sale', { op: 'contains', value: 'SALE' }, false)).toBe(true);
    const event = sketchEvent({ ts: '2026-11-01T00:00:00Z', channel: 'Paid Search', campaign: { source: 'Google' }, properties: { plan: 'Pro' } });
    expect(matchesEventFilter(event, { kind: 'channel', test: { op: 'equals', value: 'paid search' } })).toBe(true);
    expect(matchesEventFilter(event, { kind: 'campaign', field: 'source', test: { op: 'in', values: ['google', 'bing'] } })).toBe(true);
    expect(matchesEventFilter(event, { kind: 'campaign', field: 'medium', test: { op: 'exists' } })).toBe(false);
    expect(matchesEventFilter(event, { kind: 'property', key: 'plan', test: { op: 'equals', value: 'pro' } })).toBe(false);
  });

  it('compares numbers and plain decimal strings only', () => {
    expect(testValue('99.50', { op: 'gt', value: 99 }, false)).toBe(true);
    expect(testValue(100, { op: 'lte', value: 100 }, false)).toBe(true);
    expect(testValue(100, { op: 'lt', value: 100 }, false)).toBe(false);
    expect(testValue('1e3', { op: 'gte', value: 1 }, false)).toBe(false);
    expect(testValue('1,000', { op: 'gte', value: 1 }, false)).toBe(false);
    expect(testValue(true, { op: 'gte', value: 0 }, false)).toBe(false);
  });

  it('says exists for any present non-null value', () => {
    expect(testValue(0, { op: 'exists' }, false)).toBe(true);
    expect(testValue({}, { op: 'exists' }, false)).toBe(true);
    expect(testValue(null, { op: 'exists' }, false)).toBe(false);
    expect(testValue(undefined, { op: 'exists' }, false)).toBe(false);
    expect(matchesTraitFilters({ plan: 'pro' }, [{ kind: 'trait', key: 'plan', test: { op: 'exists' } }, { kind: 'trait', key: 'age', test: { op: 'exists' } }])).toBe(false);
  });

  it('breaks down by text form, lower-casing UTM values, (none) when absent', () => {
    const event = sketchEvent({ ts: '2026-11-01T00:00:00Z', channel: 'Paid Search', campaign: { name: 'Spring' }, properties: { size: 3, nested: { a: 1 } } });
    expect(breakdownValue({ kind: 'channel' }, event, {})).toBe('Paid Search');
    expect(breakdownValue({ kind: 'campaign', field: 'name' }, event, {})).toBe('spring');
    expect(breakdownValue({ kind: 'campaign', field: 'term' }, event, {})).toBe('(none)');
    expect(breakdownValue({ kind: 'property', key: 'size' }, event, {})).toBe('3');
    expect(breakdownValue({ kind: 'property', key: 'nested' }, event, {})).toBe('(none)');
    expect(breakdownValue({ kind: 'trait', key: 'plan' }, event, { plan: 'pro' })).toBe('pro');
  });
});
