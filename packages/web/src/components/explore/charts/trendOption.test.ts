import { describe, expect, it } from 'vitest';
import { trendOption } from './trendOption';

interface Line {
  name: string;
  data: (number | null)[];
  lineStyle: { color: string; type?: string };
}

describe('trendOption', () => {
  const option = trendOption({
    categories: ['1 Nov', '2 Nov', '3 Nov'],
    lines: [{ name: 'Orders', values: [3, null, 5], previous: [2, 4] }],
    previousName: (name) => `${name} (previous)`,
    formatValue: (value) => `${value} orders`,
  });
  const series = option.series as Line[];

  it('draws the period solid and the previous period dashed in the same colour', () => {
    expect(series.map((s) => s.name)).toEqual(['Orders', 'Orders (previous)']);
    expect(series[0]!.lineStyle.type).toBeUndefined();
    expect(series[1]!.lineStyle.type).toBe('dashed');
    expect(series[1]!.lineStyle.color).toBe(series[0]!.lineStyle.color);
  });

  it('keeps gaps as gaps and pads a shorter previous period', () => {
    expect(series[0]!.data).toEqual([3, null, 5]);
    expect(series[1]!.data).toEqual([2, 4, null]);
  });

  it('formats the axis with the metric’s unit', () => {
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(7)).toBe('7 orders');
    expect((option.xAxis as { data: string[] }).data).toEqual(['1 Nov', '2 Nov', '3 Nov']);
  });

  it('gives each breakdown line its own colour', () => {
    const multi = trendOption({ categories: ['a'], lines: [{ name: 'x', values: [1] }, { name: 'y', values: [2] }], previousName: String, formatValue: String });
    const [x, y] = multi.series as Line[];
    expect(x!.lineStyle.color).not.toBe(y!.lineStyle.color);
  });
});
