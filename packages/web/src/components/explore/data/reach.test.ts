import { describe, expect, it } from 'vitest';
import type { ReachResultDto } from '../../../api/client';
import { reachBars, reachCurrency, reachTable } from './reach';

const row = (name: string, reach: number, cost: Record<string, string>, cpc: Record<string, string | null>) => ({ name, reach, touches: reach * 2, frequency: reach ? 2 : null, cost, costPerContact: cpc });
const result: ReachResultDto = {
  byChannel: [row('Paid Search', 100, { CNY: '250.00' }, { CNY: '2.50' }), row('Google Ads', 0, { CNY: '10.00' }, { CNY: null })],
  byCampaign: [row('spring', 60, {}, {})],
  total: { reach: 150, touches: 300, frequency: 2, cost: { CNY: '260.00' }, costPerContact: { CNY: '1.7333' } },
};

describe('reach answers', () => {
  it('lists the rows and then the total (its reach counts people once)', () => {
    expect(reachTable(result, 'channel').map((r) => [r.name, r.reach])).toEqual([
      ['Paid Search', 100],
      ['Google Ads', 0],
      [null, 150],
    ]);
    expect(reachTable(result, 'campaign')).toHaveLength(2);
  });

  it('reads cost per contact in the view’s currency for the chart', () =>
    expect(reachBars(result, 'channel', 'CNY')).toEqual([
      { name: 'Paid Search', reach: 100, costPerContact: 2.5 },
      { name: 'Google Ads', reach: 0, costPerContact: null },
    ]));

  it('reports in the reporting currency, else the only one, else none', () => {
    expect(reachCurrency(result, 'JPY')).toBe('JPY');
    expect(reachCurrency(result, null)).toBe('CNY');
    expect(reachCurrency({ ...result, total: { ...result.total, cost: { CNY: '1', USD: '1' } } }, null)).toBeNull();
  });
});
