import { useMemo } from 'react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMetricValue } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import type { ChartOption } from '../analytics/echarts';
import { formatDay, formatMetricValue } from '../analytics/format';
import type { Period } from '../analytics/period';
import { useInView } from './useInView';

interface Props {
  workspaceId: string;
  metricId: string;
  /** The KPI's name, for the chart's accessible name. */
  name: string;
  unit: string;
  currency: string | undefined;
  period: Period;
  /** The CSS colour variable of the function's orientation, e.g. `--o-conversion`. */
  colourVar: string;
}

/** A colour the stylesheet defines, so charts use the same palette as the page. */
function cssColour(variable: string): string | undefined {
  const value = getComputedStyle(document.documentElement).getPropertyValue(variable).trim();
  return value || undefined;
}

/**
 * A KPI's small trend over the period, one point per day, week or month (the period's interval),
 * fetched once the row comes into view. No export buttons: the explorers export charts.
 */
export function MiniTrend({ workspaceId, metricId, name, unit, currency, period, colourVar }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [ref, inView] = useInView<HTMLDivElement>();
  const query = useMetricValue(workspaceId, metricId, { from: period.from, to: period.to, interval: period.interval }, inView);
  const buckets = query.data?.buckets;
  const option = useMemo<ChartOption | null>(() => {
    if (!buckets) return null;
    const colour = cssColour(colourVar);
    return {
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 2 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: buckets.map((b) => formatDay(b.period.from, locale)) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => formatMetricValue(typeof v === 'number' ? v : null, unit, locale, currency) },
      series: [{ type: 'line', name, data: buckets.map((b) => b.value), showSymbol: false, connectNulls: false, lineStyle: { width: 1.5, color: colour }, itemStyle: { color: colour }, areaStyle: { opacity: 0.08, color: colour } }],
    };
  }, [buckets, colourVar, locale, unit, currency, name]);

  return (
    <div ref={ref} className="mini-trend" data-testid={`trend-${metricId}`} data-state={query.error ? 'error' : option ? 'ready' : 'loading'}>
      {option ? (
        <Chart option={option} title={t('dashboards.trendTitle', { kpi: name })} height={44} exportable={false} />
      ) : query.error ? (
        <span className="small field-problem" role="alert" title={query.error.message}>
          {t('dashboards.trendFailed')}{' '}
          <Anchor component="button" type="button" size="xs" onClick={() => void query.refetch()}>
            {t('action.retry')}
          </Anchor>
        </span>
      ) : (
        <span className="mini-trend-pending" aria-hidden="true" />
      )}
    </div>
  );
}
