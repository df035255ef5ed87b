import { describe, expect, it } from 'vitest';
import { applySearch } from './search';
import { attributionDraft, attributionRequest, attributionSearch, checkAttributionDraft, DEFAULT_ATTRIBUTION, readAttribution } from './attribution';
import type { AttributionState } from './attribution';

describe('attribution in the URL', () => {
  it('defaults to all seven models', () => expect(readAttribution(new URLSearchParams()).state.models).toHaveLength(7));

  it('round-trips, models in the API’s order', () => {
    const state: AttributionState = { conversion: { target: { kind: 'event', event: 'Signed Up' } }, models: ['first-touch', 'time-decay'], lookbackDays: 14, halfLifeDays: 3.5, flow: 'time-decay', rows: 'campaign' };
    const search = new URLSearchParams(applySearch(new URLSearchParams(), attributionSearch(state)).toString());
    expect(search.get('models')).toBe('first-touch,time-decay');
    expect(readAttribution(search)).toEqual({ state, invalid: [] });
    expect(readAttribution(new URLSearchParams('models=time-decay,first-touch')).state.models).toEqual(['first-touch', 'time-decay']);
  });

  it('names unreadable values and keeps the flow on a chosen model', () => {
    const read = readAttribution(new URLSearchParams('models=linear,magic&lookback=0&halfLife=-1&flow=data-driven&rows=all&conversion=nope'));
    expect(read.invalid).toEqual(['conversion', 'models', 'lookback', 'halfLife', 'rows']);
    expect(read.state).toEqual({ ...DEFAULT_ATTRIBUTION, flow: 'data-driven' });
    const flowElsewhere = readAttribution(new URLSearchParams('models=linear&flow=first-touch'));
    expect(flowElsewhere.invalid).toEqual(['flow']);
    expect(flowElsewhere.state.flow).toBe('linear');
    expect(readAttribution(new URLSearchParams('models=')).invalid).toEqual(['models']);
  });

  it('refuses no model, a lookback out of 1..365 and a half-life not above 0', () => {
    const draft = attributionDraft(DEFAULT_ATTRIBUTION);
    expect(checkAttributionDraft(draft, DEFAULT_ATTRIBUTION)).toEqual({ state: DEFAULT_ATTRIBUTION });
    expect(checkAttributionDraft({ ...draft, models: [], lookback: '400', halfLife: '0' }, DEFAULT_ATTRIBUTION).errors).toEqual({
      models: { code: 'modelsRequired' },
      lookback: { code: 'atMost', limit: 365 },
    });
    expect(checkAttributionDraft({ ...draft, halfLife: '0' }, DEFAULT_ATTRIBUTION).errors).toEqual({ halfLife: { code: 'positive' } });
  });

  it('ignores the half-life while time decay is not chosen, and moves the flow to a chosen model', () => {
    const draft = { ...attributionDraft(DEFAULT_ATTRIBUTION), models: ['first-touch' as const], halfLife: '-5' };
    expect(checkAttributionDraft(draft, DEFAULT_ATTRIBUTION).state).toMatchObject({ models: ['first-touch'], halfLifeDays: 7, flow: 'first-touch' });
  });

  it('sends the half-life only with time decay', () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect(attributionRequest(DEFAULT_ATTRIBUTION, period, [])).toMatchObject({ halfLifeDays: 7, lookbackDays: 30 });
    expect(attributionRequest({ ...DEFAULT_ATTRIBUTION, models: ['linear'] }, period, [])).not.toHaveProperty('halfLifeDays');
  });
});
