import type { ChartOption } from '../../analytics/echarts';
import { colourAt } from './palette';

export interface TrendLine {
  name: string;
  values: readonly (number | null)[];
  /** The previous period, bucket by bucket: drawn dashed in the line's colour. */
  previous?: readonly (number | null)[];
}

interface Input {
  categories: readonly string[];
  lines: readonly TrendLine[];
  /** The name of a previous-period line, given the line's name. */
  previousName: (name: string) => string;
  formatValue: (value: number) => string;
}

/**
 * The trend chart: one solid line per series over the period's buckets, and the previous period
 * as a dashed line of the same colour, bucket i against bucket i.
 *
 * @example trendOption({ categories: ['1 Nov'], lines: [{ name: 'Orders', values: [3], previous: [2] }], previousName: (n) => `${n} (previous)`, formatValue: String })
 */
export function trendOption({ categories, lines, previousName, formatValue }: Input): ChartOption {
  const series = lines.flatMap((line, index) => {
    const colour = colourAt(index);
    const current = { type: 'line', name: line.name, data: [...line.values], showSymbol: categories.length <= 40, connectNulls: false, lineStyle: { color: colour, width: 2 }, itemStyle: { color: colour } };
    if (!line.previous) return [current];
    const previous = {
      type: 'line',
      name: previousName(line.name),
      data: categories.map((_, i) => line.previous![i] ?? null),
      showSymbol: false,
      lineStyle: { color: colour, width: 1.5, type: 'dashed' },
      itemStyle: { color: colour },
    };
    return [current, previous];
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : '—') },
    xAxis: { type: 'category', data: [...categories], boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatValue(value) } },
    series,
  };
}
