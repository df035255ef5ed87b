import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS, type AttributionModel, type AttributionResult, type AttributionSpec } from './attribution-spec';
import { runAttribution } from './attribution';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';

const NOV = { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' };
const order = { target: { kind: 'event', event: 'Order Completed' } } as const;
const visit = (userId: string, ts: string, channel: string, campaign?: string): EventSketch => ({
  type: 'page',
  event: 'Home',
  userId,
  ts,
  channel,
  ...(campaign === undefined ? {} : { campaign: { name: campaign } }),
});
const buy = (userId: string, ts: string, revenue: number, currency = 'CNY'): EventSketch => ({ event: 'Order Completed', userId, ts, revenue, currency });

/** channel -> credited conversions, for one model. */
function channels(result: AttributionResult, model: AttributionModel): Record<string, number> {
  const rows = result.models.find((m) => m.model === model)?.byChannel ?? [];
  return Object.fromEntries(rows.map((r) => [r.channel, r.conversions]));
}

// One conversion, three touches 14, 7 and 0 days before it (the last at the conversion instant).
const journey = [
  visit('p1', '2026-11-01T12:00:00Z', 'Paid Search', 'Spring'),
  visit('p1', '2026-11-08T12:00:00Z', 'Organic Social'),
  visit('p1', '2026-11-15T12:00:00Z', 'Direct'),
  buy('p1', '2026-11-15T12:00:00Z', 70),
];

describe('runAttribution', () => {
  it('credits one three-touch journey under each rule-based model', () => {
    const result = runAttribution(sketchDataset(journey), { period: NOV, conversion: order });
    expect(result.conversions).toBe(1);
    expect(result.revenue).toEqual({ CNY: 70 });
    expect(channels(result, 'first-touch')).toEqual({ 'Paid Search': 1, 'Organic Social': 0, Direct: 0 });
    expect(channels(result, 'last-touch')).toEqual({ 'Paid Search': 0, 'Organic Social': 0, Direct: 1 });
    expect(channels(result, 'last-non-direct')).toEqual({ 'Paid Search': 0, 'Organic Social': 1, Direct: 0 });
    expect(channels(result, 'position-based')).toEqual({ 'Paid Search': 0.4, 'Organic Social': 0.2, Direct: 0.4 });
    const linear = channels(result, 'linear');
    for (const c of ['Paid Search', 'Organic Social', 'Direct']) expect(linear[c]).toBeCloseTo(1 / 3, 12);
    // time decay, h = 7 days: weights 2^-2, 2^-1, 2^0 = 1/4, 1/2, 1 -> 1/7, 2/7, 4/7 of 70 CNY = 10, 20, 40
    const decay = result.models.find((m) => m.model === 'time-decay')?.byChannel ?? [];
    expect(decay.map((r) => r.channel)).toEqual(['Direct', 'Organic Social', 'Paid Search']);
    [40, 20, 10].forEach((cny, i) => expect(decay[i]?.revenue.CNY).toBeCloseTo(cny, 9));
    // the only converting path holds every channel: removing any one leaves P = 0, RE = 1 each -> 1/3 each
    const dataDriven = channels(result, 'data-driven');
    for (const c of ['Paid Search', 'Organic Social', 'Direct']) expect(dataDriven[c]).toBeCloseTo(1 / 3, 12);
  });

  it('reports campaigns lower-cased, and touches without one as (none)', () => {
    const result = runAttribution(sketchDataset(journey), { period: NOV, conversion: order, models: ['first-touch'] });
    expect(result.models[0]?.byCampaign).toEqual([
      { channel: 'Paid Search', campaign: 'spring', conversions: 1, revenue: { CNY: 70 } },
      { channel: 'Direct', campaign: '(none)', conversions: 0, revenue: { CNY: 0 } },
      { channel: 'Organic Social', campaign: '(none)', conversions: 0, revenue: { CNY: 0 } },
    ]);
    expect(result.markov).toBeUndefined();
  });

  it('uses a half-life of the spec', () => {
    // h = 14 days: weights 2^-1, 2^-0.5, 1; the middle one's share: 2^-0.5 / (2^-1 + 2^-0.5 + 1)
    const result = runAttribution(sketchDataset(journey), { period: NOV, conversion: order, models: ['time-decay'], halfLifeDays: 14 });
    expect(channels(result, 'time-decay')['Organic Social']).toBeCloseTo(2 ** -0.5 / (2 ** -1 + 2 ** -0.5 + 1), 12);
  });

  it('keeps touches exactly at the lookback edge and gives untouched conversions to (none)', () => {
    const events = [
      visit('edge', '2026-10-31T00:00:00Z', 'Email'), // exactly 30 days before the order: inside (and before the period: fine)
      buy('edge', '2026-12-01T00:00:00Z', 10), // outside the period: not a conversion
      buy('edge', '2026-11-30T00:00:00Z', 10),
      visit('old', '2026-10-01T00:00:00Z', 'Email'),
      buy('old', '2026-10-31T00:00:01Z', 5), // before the period
      buy('old', '2026-11-01T00:00:01Z', 5), // touch 31 days and 1 s before: outside
      buy('never', '2026-11-05T00:00:00Z', 3, 'USD'),
    ];
    const spec: AttributionSpec = { period: NOV, conversion: order };
    const result = runAttribution(sketchDataset(events), spec);
    expect(result.conversions).toBe(3);
    expect(result.revenue).toEqual({ CNY: 15, USD: 3 });
    for (const model of ATTRIBUTION_MODELS) {
      expect(channels(result, model)).toEqual({ Email: 1, '(none)': 2 });
    }
    const noTouch = result.models[0]?.byChannel.find((r) => r.channel === '(none)');
    expect(noTouch?.revenue).toEqual({ CNY: 5, USD: 3 });
    // with a 29-day lookback the edge touch (30 days before) falls out too
    expect(channels(runAttribution(sketchDataset(events), { ...spec, lookbackDays: 29 }), 'first-touch')).toEqual({ '(none)': 3 });
  });

  it('merges a run of page views of one visit and attributes an anonymous touch to the identified buyer', () => {
    const events: EventSketch[] = [
      { type: 'page', event: 'Home', anonymousId: 'dev-1', ts: '2026-11-02T10:00:00Z', channel: 'Paid Social', campaign: { name: 'Launch' } },
      { type: 'page', event: 'Pricing', anonymousId: 'dev-1', ts: '2026-11-02T10:01:00Z', channel: 'Paid Social', campaign: { name: 'launch' } },
      { type: 'identify', anonymousId: 'dev-1', userId: 'buyer', ts: '2026-11-02T10:02:00Z' },
      { event: 'Event Attended', userId: 'buyer', ts: '2026-11-03T10:00:00Z', channel: 'Offline Events' },
      buy('buyer', '2026-11-04T10:00:00Z', 100),
    ];
    const result = runAttribution(sketchDataset(events), { period: NOV, conversion: order, models: ['linear', 'position-based'] });
    // two touches after merging the two Paid Social / launch page views: 1/2 each in both models
    expect(channels(result, 'linear')).toEqual({ 'Paid Social': 0.5, 'Offline Events': 0.5 });
    expect(channels(result, 'position-based')).toEqual({ 'Paid Social': 0.5, 'Offline Events': 0.5 });
  });

  it('never counts the conversion event as its own touch', () => {
    const events: EventSketch[] = [
      { type: 'page', event: 'Thank You', userId: 'u', ts: '2026-11-04T10:00:00Z', channel: 'Email' },
      { type: 'page', event: 'Home', userId: 'u', ts: '2026-11-03T10:00:00Z', channel: 'Organic Search' },
    ];
    const result = runAttribution(sketchDataset(events), { period: NOV, conversion: { target: { kind: 'page', name: 'Thank You' } }, models: ['last-touch'] });
    expect(channels(result, 'last-touch')).toEqual({ 'Organic Search': 1 });
  });

  it('credits data-driven conversions by removal effect', () => {
    const events = [
      // a: PS -> order. b: PS -> Social -> order. c: Social, no order (a null path).
      visit('a', '2026-11-02T10:00:00Z', 'Paid Search'),
      buy('a', '2026-11-02T11:00:00Z', 10),
      visit('b', '2026-11-05T10:00:00Z', 'Paid Search'),
      visit('b', '2026-11-06T10:00:00Z', 'Organic Social'),
      buy('b', '2026-11-07T10:00:00Z', 10),
      visit('c', '2026-11-08T10:00:00Z', 'Organic Social'),
    ];
    const result = runAttribution(sketchDataset(events), { period: NOV, conversion: order, models: ['data-driven'] });
    // RE(PS) = 3/4, RE(Social) = 1/2 (see markov.test.ts). a: PS 1. b: PS 3/4 / (5/4) = 3/5, Social 2/5.
    // PS = 1 + 3/5 = 8/5, Social = 2/5
    const credit = channels(result, 'data-driven');
    expect(credit['Paid Search']).toBeCloseTo(8 / 5, 12);
    expect(credit['Organic Social']).toBeCloseTo(2 / 5, 12);
    expect(result.markov?.conversionProbability).toBeCloseTo(2 / 3, 12);
  });

  it('selects conversions with filters, never touches', () => {
    const events: EventSketch[] = [
      visit('u', '2026-11-02T10:00:00Z', 'Email'),
      { ...buy('u', '2026-11-03T10:00:00Z', 500), properties: { total: 500 } },
      { ...buy('u', '2026-11-04T10:00:00Z', 50), properties: { total: 50 } },
    ];
    const result = runAttribution(sketchDataset(events), {
      period: NOV,
      conversion: order,
      models: ['last-touch'],
      filters: [{ kind: 'property', key: 'total', test: { op: 'gt', value: 100 } }],
    });
    expect(result.conversions).toBe(1);
    expect(channels(result, 'last-touch')).toEqual({ Email: 1 });
  });

  it('answers an empty range with no conversions', () => {
    const result = runAttribution(sketchDataset([]), { period: NOV, conversion: order });
    expect(result.conversions).toBe(0);
    expect(result.models.every((m) => m.byChannel.length === 0)).toBe(true);
    expect(result.markov?.conversionProbability).toBe(0);
  });

  it('refuses a non-positive half-life', () => {
    expect(() => runAttribution(sketchDataset([]), { period: NOV, conversion: order, halfLifeDays: 0 })).toThrow(/half-life/);
  });
});
