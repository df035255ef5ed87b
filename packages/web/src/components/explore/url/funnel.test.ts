import { describe, expect, it } from 'vitest';
import { applySearch } from './search';
import { checkFunnelDraft, DEFAULT_FUNNEL, funnelDraft, funnelRequest, funnelSearch, readFunnel } from './funnel';
import type { FunnelState } from './funnel';

const period = { from: '2026-11-01', to: '2026-11-30' };

describe('funnel in the URL', () => {
  it('defaults when the URL says nothing, without a note', () => expect(readFunnel(new URLSearchParams())).toEqual({ state: DEFAULT_FUNNEL, invalid: [] }));

  it('round-trips a funnel through the query string', () => {
    const state: FunnelState = {
      steps: [{ target: { kind: 'page', name: 'Pricing' } }, { target: { kind: 'screen' } }, { target: { kind: 'event', event: 'Order Completed' } }],
      order: 'strict',
      window: { value: 2.5, unit: 'hour' },
    };
    const search = new URLSearchParams(applySearch(new URLSearchParams('from=2026-11-01'), funnelSearch(state)).toString());
    expect(search.getAll('step')).toEqual(['page:Pricing', 'screen', 'event:Order Completed']);
    expect(readFunnel(search)).toEqual({ state, invalid: [] });
  });

  it.each([
    ['step=page', 'step'],
    ['step=page&step=event:', 'step'],
    ['step=page&step=bogus:x', 'step'],
    [Array.from({ length: 21 }, () => 'step=page').join('&'), 'step'],
    ['order=random', 'order'],
    ['window=0', 'window'],
    ['window=-3', 'window'],
    ['window=NaN', 'window'],
    ['window=10001', 'window'],
    ['windowUnit=year', 'windowUnit'],
  ])('falls back to the default for %j and names %s', (query, key) => {
    const read = readFunnel(new URLSearchParams(query));
    expect(read.invalid).toEqual([key]);
    expect(read.state).toEqual(DEFAULT_FUNNEL);
  });

  it('keeps the readable parts of a partly broken link', () => {
    const read = readFunnel(new URLSearchParams('order=any&window=abc&windowUnit=week'));
    expect(read.state).toMatchObject({ order: 'any', window: { value: 14, unit: 'week' } });
    expect(read.invalid).toEqual(['window']);
  });
});

describe('the funnel form', () => {
  it('accepts the state it was made from', () => expect(checkFunnelDraft(funnelDraft(DEFAULT_FUNNEL))).toEqual({ state: DEFAULT_FUNNEL }));

  it('names an empty step, too few steps and a window that is not above 0', () => {
    const draft = { ...funnelDraft(DEFAULT_FUNNEL), steps: [{ kind: 'event' as const, name: '' }], windowValue: '0' };
    const checked = checkFunnelDraft(draft);
    expect(checked.state).toBeUndefined();
    expect(checked.errors).toEqual({ steps: [{ code: 'eventRequired' }], count: { code: 'tooFewSteps', limit: 2 }, window: { code: 'positive' } });
  });

  it('refuses an empty window and more than 20 steps', () => {
    const steps = Array.from({ length: 21 }, () => ({ kind: 'page' as const, name: '' }));
    expect(checkFunnelDraft({ ...funnelDraft(DEFAULT_FUNNEL), steps, windowValue: '' }).errors).toMatchObject({ count: { code: 'tooManySteps', limit: 20 }, window: { code: 'required' } });
  });
});

describe('funnelRequest', () => {
  it('sends the period’s days, the steps, order and window, and filters and breakdown only when set', () => {
    expect(funnelRequest(DEFAULT_FUNNEL, period, [], undefined)).toEqual({ period, steps: DEFAULT_FUNNEL.steps, order: 'ordered', window: { value: 14, unit: 'day' } });
    const filters = [{ kind: 'channel' as const, test: { op: 'equals' as const, value: 'Email' } }];
    expect(funnelRequest(DEFAULT_FUNNEL, { ...period, interval: 'week' } as typeof period, filters, { kind: 'channel' })).toMatchObject({ period, filters, breakdown: { kind: 'channel' } });
  });
});
