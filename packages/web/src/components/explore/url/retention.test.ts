import { describe, expect, it } from 'vitest';
import { applySearch } from './search';
import { checkRetentionDraft, DEFAULT_RETENTION, readRetention, retentionDraft, retentionRequest, retentionSearch } from './retention';
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
    expect(retentionRequest(DEFAULT_RETENTION, { from: '2026-11-01', to: '2026-11-30', interval: 'week' }, [])).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      interval: 'week',
      periods: 8,
      kind: 'first-time',
      mode: 'on',
      startEvent: { target: { kind: 'event', event: 'Signed Up' } },
      returnEvent: { target: { kind: 'page' } },
    });
  });
});
