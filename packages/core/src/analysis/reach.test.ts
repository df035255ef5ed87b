import { describe, expect, it } from 'vitest';
import type { CostRecord } from '../feeds/model';
import { AnalysisError } from './analysis-error';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import { runReach } from './reach';

const NOV = { from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' };
const view = (userId: string, channel: string, campaign: string | null, ts = '2026-11-10T10:00:00Z'): EventSketch => ({
  type: 'page',
  event: 'Home',
  userId,
  channel,
  campaign: { name: campaign },
  ts,
});
let rows = 0;
const cost = (date: string, channel: string, campaign: string | null, amount: string, currency = 'CNY'): CostRecord => {
  rows += 1;
  return { workspaceId: 'w', date, channel, campaign, costType: 'media', amount, currency, functionId: null, note: null, rowKey: `r${rows}` };
};

const events: EventSketch[] = [
  view('u1', 'Paid Search', 'Spring'),
  view('u1', 'Paid Search', 'spring', '2026-11-11T10:00:00Z'), // same campaign, other spelling
  view('u2', 'Paid Search', 'Spring'),
  view('u3', 'Organic Social', null),
  { event: 'Event Attended', userId: 'u3', channel: 'Offline Events', ts: '2026-11-12T10:00:00Z' },
  { event: 'Ad Impression', anonymousId: 'a4', channel: 'Direct', campaign: { name: 'Spring' }, ts: '2026-11-12T11:00:00Z' },
  // not touches: Direct, Email and Unassigned page views, other track events
  view('u5', 'Direct', null),
  view('u5', 'Email', 'Newsletter'),
  view('u5', 'Unassigned', null),
  { event: 'Signed Up', userId: 'u6', channel: 'Paid Search', ts: '2026-11-12T10:00:00Z' },
];
const costs = [
  cost('2026-11-01', 'Google Ads', 'spring', '0.10'),
  cost('2026-11-30', 'Google Ads', 'Spring', '0.20'), // last day of the period: in
  cost('2026-12-01', 'Google Ads', 'Spring', '99.00'), // after the period: out
  cost('2026-11-15', 'Expo', null, '1000.00'),
  cost('2026-11-15', 'Google Ads', 'Spring', '10.00', 'USD'),
];

describe('runReach', () => {
  it('counts reach, touches and frequency per channel and per campaign', () => {
    const result = runReach(sketchDataset(events, { costs }), { period: NOV, channelMap: { 'google ads': 'Paid Search', Expo: 'Offline Events' } });
    // Paid Search: u1 twice, u2 once -> reach 2, touches 3
    // Spring: u1 twice, u2, a4's ad impression -> reach 3, touches 4; (none): u3's two touches
    expect(result.byChannel.map((r) => [r.name, r.reach, r.touches, r.frequency])).toEqual([
      ['Paid Search', 2, 3, 1.5],
      ['Direct', 1, 1, 1], // the ad impression: a touch whatever its channel
      ['Offline Events', 1, 1, 1],
      ['Organic Social', 1, 1, 1],
    ]);
    expect(result.byCampaign.map((r) => [r.name, r.reach, r.touches])).toEqual([
      ['Spring', 3, 4],
      ['(none)', 1, 2],
    ]);
    expect([result.total.reach, result.total.touches]).toEqual([4, 6]); // u1 u2 u3 a4; 3 + 1 + 1 + 1
  });

  it('adds costs exactly, per currency, and divides by reach', () => {
    const result = runReach(sketchDataset(events, { costs }), { period: NOV, channelMap: { 'google ads': 'Paid Search', Expo: 'Offline Events' } });
    const spring = result.byCampaign.find((r) => r.name === 'Spring');
    // CNY 0.10 + 0.20 = 0.30 (the December cost is out); per contact 0.30 / 3 = 0.10. USD 10.00 / 3 = 3.3333
    expect(spring?.cost).toEqual({ CNY: '0.30', USD: '10.00' });
    expect(spring?.costPerContact).toEqual({ CNY: '0.10', USD: '3.3333' });
    const paid = result.byChannel.find((r) => r.name === 'Paid Search');
    expect(paid?.costPerContact).toEqual({ CNY: '0.15', USD: '5.00' }); // reach 2
    const offline = result.byChannel.find((r) => r.name === 'Offline Events');
    expect(offline?.cost).toEqual({ CNY: '1000.00' });
    expect(result.byCampaign.find((r) => r.name === '(none)')?.cost).toEqual({ CNY: '1000.00' }); // the Expo cost has no campaign
    // total: CNY 0.30 + 1000.00 = 1000.30 over 4 people = 250.075; USD 10.00 / 4 = 2.50
    expect(result.total.cost).toEqual({ CNY: '1000.30', USD: '10.00' });
    expect(result.total.costPerContact).toEqual({ CNY: '250.075', USD: '2.50' });
  });

  it('filters costs as far as a cost row can be tested, so cost per contact stays filtered cost over filtered reach', () => {
    const channelMap = { 'google ads': 'Paid Search', Expo: 'Offline Events' };
    const paid = runReach(sketchDataset(events, { costs }), { period: NOV, channelMap, filters: [{ kind: 'channel', test: { op: 'equals', value: 'paid search' } }] });
    // Only u1 and u2 touch by Paid Search; only the mapped Google Ads costs count (the Expo cost is Offline Events).
    expect(paid.total).toMatchObject({ reach: 2, cost: { CNY: '0.30', USD: '10.00' }, costPerContact: { CNY: '0.15', USD: '5.00' } });
    expect(paid.byChannel.map((r) => r.name)).toEqual(['Paid Search']);
    const spring = runReach(sketchDataset(events, { costs }), { period: NOV, filters: [{ kind: 'campaign', field: 'name', test: { op: 'equals', value: 'SPRING' } }] });
    // Spring touches: u1 (twice), u2, a4; the Expo cost has no campaign and is left out.
    expect(spring.total).toMatchObject({ reach: 3, cost: { CNY: '0.30', USD: '10.00' } });
    const byProperty = runReach(sketchDataset(events, { costs }), { period: NOV, filters: [{ kind: 'property', key: 'plan', test: { op: 'exists' } }] });
    expect(byProperty.total.cost).toEqual({});
  });

  it('keeps a cost whose channel nobody touched as a row with no reach', () => {
    const result = runReach(sketchDataset(events, { costs }), { period: NOV });
    const google = result.byChannel.find((r) => r.name === 'Google Ads');
    expect(google).toEqual({ name: 'Google Ads', reach: 0, touches: 0, frequency: null, cost: { CNY: '0.30', USD: '10.00' }, costPerContact: { CNY: null, USD: null } });
  });

  it('converts to a reporting currency exactly, and refuses a missing rate', () => {
    const spec = { period: NOV, channelMap: { 'google ads': 'Paid Search' } };
    const result = runReach(sketchDataset(events, { costs }), { ...spec, currency: { reportingCurrency: 'CNY', exchangeRates: { USD: '7.1234' } } });
    // Spring: 0.30 CNY + 10.00 USD x 7.1234 = 0.30 + 71.234 = 71.534 CNY; per contact 71.534 / 3 = 23.8446666.. -> 23.8447
    expect(result.byCampaign.find((r) => r.name === 'Spring')?.cost).toEqual({ CNY: '71.534' });
    expect(result.byCampaign.find((r) => r.name === 'Spring')?.costPerContact).toEqual({ CNY: '23.8447' });
    const euro = { ...spec, currency: { reportingCurrency: 'EUR', exchangeRates: { USD: '0.92' } } }; // no CNY rate
    expect(() => runReach(sketchDataset(events, { costs }), euro)).toThrow(AnalysisError);
    expect(() => runReach(sketchDataset(events, { costs }), euro)).toThrow(expect.objectContaining({ analysisCode: 'EXCHANGE_RATE_MISSING' }));
  });

  it('counts an anonymous touch and an identified one of the same person once', () => {
    const merged: EventSketch[] = [
      { ...view('x', 'Paid Social', 'Launch'), userId: null, anonymousId: 'dev' },
      { type: 'identify', anonymousId: 'dev', userId: 'x', ts: '2026-11-10T11:00:00Z' },
      view('x', 'Paid Social', 'Launch', '2026-11-10T12:00:00Z'),
    ];
    const result = runReach(sketchDataset(merged), { period: NOV });
    expect(result.byChannel.map((r) => [r.name, r.reach, r.touches, r.frequency])).toEqual([['Paid Social', 1, 2, 2]]);
  });

  it('uses calendar days of the workspace zone for touches', () => {
    const zoned = [
      view('early', 'Paid Search', null, '2026-10-31T16:00:00Z'), // 00:00 on 1 Nov in Shanghai: in
      view('late', 'Paid Search', null, '2026-11-30T16:00:00Z'), // 00:00 on 1 Dec in Shanghai: out
    ];
    const result = runReach(sketchDataset(zoned, { timeZone: 'Asia/Shanghai' }), { period: { ...NOV, timeZone: 'Asia/Shanghai' } });
    expect(result.total.reach).toBe(1);
  });

  it('answers an empty range with no rows and unknown ratios', () => {
    const result = runReach(sketchDataset([]), { period: NOV });
    expect(result).toEqual({ byChannel: [], byCampaign: [], total: { reach: 0, touches: 0, frequency: null, cost: {}, costPerContact: {} } });
  });
});
