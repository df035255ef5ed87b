import { lazy, Suspense } from 'react';
import type { ChartProps } from './EChart';

// Why lazy: ECharts is most of the bundle, and the first screen (the value chain) draws no chart;
// loading it with the first chart keeps the first render from parsing it.
const EChart = lazy(() => import('./EChart').then((module) => ({ default: module.EChart })));

/**
 * An ECharts chart (see `EChart.tsx`), loaded on first use: until the chart code has arrived, a
 * box of the chart's height holds its place so the page does not jump.
 */
export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<div className="chart-pending" style={{ height: props.height ?? 280 }} aria-busy="true" />}>
      <EChart {...props} />
    </Suspense>
  );
}
