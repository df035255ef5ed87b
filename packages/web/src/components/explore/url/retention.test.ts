import { describe, expect, it } from 'vitest';
import { applySearch } from './search';
import { checkRetentionDraft, DEFAULT_RETENTION, readRetention, readRetentionGroup, retentionDraft, retentionGroupSearch, retentionRequest, retentionSearch } from './retention';
import type { RetentionState } from './retention';

describe('retention in the URL', () => {
  it('round-trips', () => {
    const state: RetentionState = { start: { target: { kind: 'event', event: 'Application Installed' } }, returnTo: { target: { kind: 'screen', name: 'Home' } }, kind: 'recurring', mode: 'unbounded', periods: 12 };
    expect(readRetention(new URLSearchParams(applySearch(new URLSearchParams(), retentionSearch(state)).toString()))).toEqual({ state, invalid: [] });
  });

  it('replaces each unreadable value by its default and names it', () => {
    const read = readRetention(new URLSearchParams('start=event:&return=x&cohort=weekly&mode=&periods=1.5'));
    expect(read.state).toEqual(DEFAULT_RETENTION);
    expect(read.invalid).toEqual(['start', 'return', 'cohort', 'periods']);
    expect(readRetention(new URLSearchParams('periods=121')).invalid).toEqual(['periods']);
    expect(readRetention(new URLSearchParams('periods=0')).invalid).toEqual(['periods']);
  });

  it('checks the form as typed', () => {
    const draft = retentionDraft(DEFAULT_RETENTION);
    expect(checkRetentionDraft(draft)).toEqual({ state: DEFAULT_RETENTION });
    expect(checkRetentionDraft({ ...draft, start: { kind: 'event', name: '' }, periods: '2.5' }).errors).toEqual({ start: { code: 'eventRequired' }, periods: { code: 'wholeNumber' } });
    expect(checkRetentionDraft({ ...draft, periods: '500' }).errors).toEqual({ periods: { code: 'atMost', limit: 120 } });
  });

  it('builds the request with the period’s interval', () => {
    expect(retentionRequest(DEFAULT_RETENTION, { from: '2026-11-01', to: '2026-11-30', interval: 'week' }, [], undefined)).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      interval: 'week',
      periods: 8,
      kind: 'first-time',
      mode: 'on',
      startEvent: { target: { kind: 'event', event: 'Signed Up' } },
      returnEvent: { target: { kind: 'page' } },
    });
  });

  it('sends filters and a breakdown only when set', () => {
    const filters = [{ kind: 'channel' as const, test: { op: 'equals' as const, value: 'Email' } }];
    expect(retentionRequest(DEFAULT_RETENTION, { from: '2026-11-01', to: '2026-11-30', interval: 'week' }, filters, { kind: 'campaign', field: 'source' })).toMatchObject({
      filters,
      breakdown: { kind: 'campaign', field: 'source' },
    });
  });
});

describe('the breakdown value shown, in the URL', () => {
  it('round-trips a value, with the separators a value may hold', () => {
    const search = new URLSearchParams(applySearch(new URLSearchParams('by=channel'), retentionGroupSearch('Paid Social: EU, 50%')).toString());
    expect(readRetentionGroup(search, true)).toEqual({ state: 'Paid Social: EU, 50%', invalid: [] });
    expect(applySearch(search, retentionGroupSearch(undefined)).has('group')).toBe(false);
  });

  it('is absent without the key, and named as unreadable without a breakdown or when longer than any value', () => {
    expect(readRetentionGroup(new URLSearchParams('group='), true)).toEqual({ state: undefined, invalid: [] });
    expect(readRetentionGroup(new URLSearchParams('group=Email'), false)).toEqual({ state: undefined, invalid: ['group'] });
    expect(readRetentionGroup(new URLSearchParams({ group: 'x'.repeat(1001) }), true)).toEqual({ state: undefined, invalid: ['group'] });
  });
});
