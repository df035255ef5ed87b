import { describe, expect, it } from 'vitest';
import { reachOption, REACH_CHART_ROWS } from './reachOption';

interface Series {
  type: string;
  data: (number | null)[];
  yAxisIndex?: number;
}

const names = { reach: 'Reach', costPerContact: 'Cost per contact' };

describe('reachOption', () => {
  it('draws reach as bars and cost per contact on a second axis', () => {
    const option = reachOption({
      rows: [
        { name: 'Paid Social', reach: 700, costPerContact: 2.5 },
        { name: 'Organic Social', reach: 900, costPerContact: null },
      ],
      names,
      formatCount: String,
      formatMoney: String,
    });
    const [bars, costs] = option.series as Series[];
    expect((option.xAxis as { data: string[] }).data).toEqual(['Organic Social', 'Paid Social']);
    expect(bars!.data).toEqual([900, 700]);
    expect(costs).toMatchObject({ yAxisIndex: 1, data: [null, 2.5] });
    expect(option.yAxis as unknown[]).toHaveLength(2);
  });

  it('has no cost axis without costs, and shows the largest rows only', () => {
    const rows = Array.from({ length: REACH_CHART_ROWS + 5 }, (_, i) => ({ name: `c${i}`, reach: i, costPerContact: null }));
    const option = reachOption({ rows, names, formatCount: String, formatMoney: String });
    expect(option.series as unknown[]).toHaveLength(1);
    expect((option.series as Series[])[0]!.data).toHaveLength(REACH_CHART_ROWS);
    expect((option.series as Series[])[0]!.data[0]).toBe(REACH_CHART_ROWS + 4);
  });
});
