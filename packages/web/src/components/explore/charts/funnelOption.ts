import type { ChartOption } from '../../analytics/echarts';
import { colourAt, MUTED } from './palette';

export interface FunnelBarStep {
  label: string;
  people: number;
}

interface Input {
  steps: readonly FunnelBarStep[];
  /** With a breakdown: each group's people per step (the largest groups). */
  groups?: readonly { name: string; people: readonly number[] }[];
  names: { people: string; dropped: string };
  formatCount: (value: number) => string;
  formatRate: (value: number) => string;
}

/** People lost between a step and the one before (0 at step 1, never negative). */
export function droppedAt(steps: readonly FunnelBarStep[], index: number): number {
  if (index === 0) return 0;
  return Math.max(0, steps[index - 1]!.people - steps[index]!.people);
}

/**
 * The funnel as bars: the people who reached each step, and stacked on top, in a pale grey, the
 * people lost since the step before, labelled with the share lost (the drop-off). With a
 * breakdown, one bar per group and step instead.
 */
export function funnelOption({ steps, groups, names, formatCount, formatRate }: Input): ChartOption {
  const categories = steps.map((s) => s.label);
  const largest = Math.max(0, ...steps.map((s) => s.people));
  const base = {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => (typeof value === 'number' ? formatCount(value) : '—') },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, overflow: 'break', width: 120 } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCount(value) } },
  };
  if (groups && groups.length > 0) {
    return {
      ...base,
      series: groups.map((group, index) => ({
        type: 'bar',
        name: group.name,
        data: [...group.people],
        itemStyle: { color: colourAt(index) },
      })),
    };
  }
  return {
    ...base,
    series: [
      {
        type: 'bar',
        name: names.people,
        stack: 'funnel',
        data: steps.map((s) => s.people),
        itemStyle: { color: colourAt(0) },
        // Why: a count inside a bar too short to hold it would be cut off; the table has every count.
        label: { show: true, position: 'insideTop', color: '#fff', formatter: (p: { value: number }) => (p.value >= largest * 0.08 ? formatCount(p.value) : '') },
      },
      {
        type: 'bar',
        name: names.dropped,
        stack: 'funnel',
        data: steps.map((_, i) => droppedAt(steps, i)),
        itemStyle: { color: MUTED },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { dataIndex: number; value: number }) => {
            const before = steps[p.dataIndex - 1]?.people;
            return before && p.value > 0 ? `−${formatRate(p.value / before)}` : '';
          },
        },
      },
    ],
  };
}
