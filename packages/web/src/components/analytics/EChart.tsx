import { useEffect, useRef } from 'react';
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { download, exportFileName } from './csv';
import { echarts } from './echarts';
import type { ChartOption } from './echarts';

export interface ChartProps {
  option: ChartOption;
  /** Accessible name of the chart (what it shows); also the start of the export file names. */
  title: string;
  /** Parts of the export file name after the title, e.g. the period. */
  fileParts?: readonly string[];
  height?: number;
  testId?: string;
  /** Hide the PNG/SVG buttons (for small charts inside cards). */
  exportable?: boolean;
}

/** The chart as an SVG document, rendered off screen by ECharts' server-side SVG renderer. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * An ECharts chart that follows its container's width, with PNG and SVG downloads. The option is
 * data: each page builds it from an API answer, so what is drawn is what the table shows.
 */
export function EChart({ option, title, fileParts = [], height = 280, testId, exportable = true }: ChartProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const size = () => ({ width: element.current?.clientWidth || 800, height });
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) download(url, exportFileName([title, ...fileParts], 'png'));
  };
  const saveSvg = () => {
    const { width } = size();
    download(new Blob([chartSvg(option, width, height)], { type: 'image/svg+xml' }), exportFileName([title, ...fileParts], 'svg'));
  };

  return (
    <figure className="chart" data-testid={testId}>
      <div ref={element} className="chart-canvas" style={{ height }} role="img" aria-label={title} />
      {exportable && (
        <Group component="figcaption" gap={8} justify="flex-end" mt={4} className="chart-actions">
          <Anchor component="button" type="button" size="xs" onClick={savePng} data-testid={testId ? `${testId}-png` : undefined}>
            {t('analytics.export.png')}
          </Anchor>
          <Anchor component="button" type="button" size="xs" onClick={saveSvg} data-testid={testId ? `${testId}-svg` : undefined}>
            {t('analytics.export.svg')}
          </Anchor>
        </Group>
      )}
    </figure>
  );
}
