import type { ChartOption } from '../../analytics/echarts';
import { PALETTE } from './palette';

export interface RetentionRow {
  label: string;
  cells: readonly { period: number; rate: number | null; complete: boolean }[];
}

interface Input {
  cohorts: readonly RetentionRow[];
  periods: readonly string[];
  /** A percentage 0..100 as text. */
  formatPercent: (value: number) => string;
}

/** A rate 0..1 as a percentage with one decimal, the heat map's value. */
export function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

/**
 * The cohort heat map: a row per cohort (first at the top), a column per period, each cell the
 * share retained as a percentage. Cells whose interval has not ended yet are drawn faded, since
 * their value can still grow; cells of an empty cohort (no rate) are left blank.
 */
export function retentionOption({ cohorts, periods, formatPercent }: Input): ChartOption {
  const data = cohorts.flatMap((cohort, y) =>
    cohort.cells
      .filter((cell) => cell.rate !== null && cell.period < periods.length)
      .map((cell) => ({ value: [cell.period, y, percent(cell.rate!)], ...(cell.complete ? {} : { itemStyle: { opacity: 0.45 } }) })),
  );
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: { position: 'top', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatPercent(value) : '—') },
    xAxis: { type: 'category', data: [...periods], splitArea: { show: true } },
    yAxis: { type: 'category', data: cohorts.map((c) => c.label), inverse: true, splitArea: { show: true } },
    visualMap: { type: 'continuous', min: 0, max: 100, calculable: false, text: [formatPercent(100), formatPercent(0)], orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, inRange: { color: ['#eef3fc', PALETTE[0]] }, formatter: (value: number) => formatPercent(value) },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: { value: [number, number, number] }) => formatPercent(p.value[2]) },
        emphasis: { itemStyle: { borderColor: '#1c2533', borderWidth: 1 } },
      },
    ],
  };
}
