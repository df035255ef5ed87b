import type { ChartOption } from '../../analytics/echarts';
import { colourAt } from './palette';

export interface ReachBar {
  name: string;
  reach: number;
  /** In the chart's currency; null when there is no cost or nobody was reached. */
  costPerContact: number | null;
}

interface Input {
  rows: readonly ReachBar[];
  names: { reach: string; costPerContact: string };
  formatCount: (value: number) => string;
  formatMoney: (value: number) => string;
}

/** The chart shows at most this many rows (the largest reach); the table has them all. */
export const REACH_CHART_ROWS = 15;

/**
 * Reach as bars (left axis) and cost per contact as points (right axis, the reporting currency),
 * for the rows with the largest reach.
 */
export function reachOption({ rows, names, formatCount, formatMoney }: Input): ChartOption {
  const shown = [...rows].sort((a, b) => b.reach - a.reach || a.name.localeCompare(b.name)).slice(0, REACH_CHART_ROWS);
  const withCost = shown.some((row) => row.costPerContact !== null);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: shown.map((row) => row.name), axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0, width: 140, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: names.reach, axisLabel: { formatter: (value: number) => formatCount(value) } },
      ...(withCost ? [{ type: 'value', name: names.costPerContact, splitLine: { show: false }, axisLabel: { formatter: (value: number) => formatMoney(value) } }] : []),
    ],
    series: [
      { type: 'bar', name: names.reach, data: shown.map((row) => row.reach), itemStyle: { color: colourAt(0) }, tooltip: { valueFormatter: (value: unknown) => (typeof value === 'number' ? formatCount(value) : '—') } },
      ...(withCost
        ? [
            {
              type: 'line',
              name: names.costPerContact,
              yAxisIndex: 1,
              data: shown.map((row) => row.costPerContact),
              lineStyle: { opacity: 0 },
              symbolSize: 10,
              itemStyle: { color: colourAt(1) },
              tooltip: { valueFormatter: (value: unknown) => (typeof value === 'number' ? formatMoney(value) : '—') },
            },
          ]
        : []),
    ],
  };
}
