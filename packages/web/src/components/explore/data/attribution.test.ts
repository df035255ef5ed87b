import { describe, expect, it } from 'vitest';
import type { AttributionResultDto } from '../../../api/client';
import { attributionTable, channelCredits } from './attribution';

const result: AttributionResultDto = {
  conversions: 3,
  revenue: { CNY: 300 },
  models: [
    {
      model: 'first-touch',
      byChannel: [
        { channel: 'Direct', campaign: null, conversions: 2, revenue: { CNY: 200 } },
        { channel: 'Email', campaign: null, conversions: 1, revenue: { CNY: 100 } },
      ],
      byCampaign: [{ channel: 'Email', campaign: 'spring', conversions: 1, revenue: { CNY: 100 } }],
    },
    {
      model: 'linear',
      byChannel: [
        { channel: 'Email', campaign: null, conversions: 1.5, revenue: { CNY: 150 } },
        { channel: 'Paid Search', campaign: null, conversions: 1.5, revenue: {} },
      ],
      byCampaign: [{ channel: 'Email', campaign: 'spring', conversions: 1.5, revenue: { CNY: 150 } }],
    },
  ],
};

describe('attributionTable', () => {
  it('puts every model’s credit and revenue for a channel on one row, in the first model’s order', () => {
    expect(attributionTable(result, 'channel', 'CNY')).toEqual([
      { channel: 'Direct', campaign: null, credits: { 'first-touch': { conversions: 2, revenue: 200 } } },
      { channel: 'Email', campaign: null, credits: { 'first-touch': { conversions: 1, revenue: 100 }, linear: { conversions: 1.5, revenue: 150 } } },
      { channel: 'Paid Search', campaign: null, credits: { linear: { conversions: 1.5, revenue: null } } },
    ]);
  });

  it('keys campaign rows by channel and campaign', () =>
    expect(attributionTable(result, 'campaign', 'CNY')).toEqual([
      { channel: 'Email', campaign: 'spring', credits: { 'first-touch': { conversions: 1, revenue: 100 }, linear: { conversions: 1.5, revenue: 150 } } },
    ]));

  it('gives no revenue in a currency the rows do not have', () => expect(attributionTable(result, 'channel', 'USD')[0]!.credits['first-touch']!.revenue).toBeNull());

  it('lists one model’s credit per channel for the flow', () =>
    expect(channelCredits(result, 'linear')).toEqual([
      { channel: 'Email', conversions: 1.5 },
      { channel: 'Paid Search', conversions: 1.5 },
    ]));
});
