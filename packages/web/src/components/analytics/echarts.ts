import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what MarketOps draws (lines, bars, funnels, heat maps, sankey flows), so the
 * bundle stays small. Canvas draws on screen; the SVG renderer makes the SVG export.
 */
echarts.use([
  BarChart,
  FunnelChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
