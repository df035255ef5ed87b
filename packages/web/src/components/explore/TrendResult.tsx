import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { changeStyle, formatChange, formatMetricValue, formatPoints } from '../analytics/format';
import type { Interval } from '../analytics/period';
import { bucketLabel } from './charts/labels';
import { trendOption } from './charts/trendOption';
import { trendTable } from './data/trend';
import type { TrendData, TrendLine, TrendTableRow } from './data/trend';

interface Props {
  data: TrendData;
  metricName: string;
  interval: Interval;
  reportingCurrency: string | null;
  fileParts: readonly string[];
}

/**
 * The metric's line (and, with a breakdown, a line per value and for the other values), the
 * previous period dashed, the totals, and the values by bucket.
 */
export function TrendResult({ data, metricName, interval, reportingCurrency, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const currency = data.currency ?? reportingCurrency ?? undefined;
  const format = (value: number | null) => formatMetricValue(value, data.unit, locale, currency);
  const broken = data.lines.length > 1;
  const lineName = (line: TrendLine) =>
    line.kind === 'total' ? (broken ? t('explore.trend.total') : metricName) : line.kind === 'other' ? t('explore.trend.other', { n: line.mergedValues ?? 0 }) : line.name;
  const names = data.lines.map(lineName);
  const namesKey = JSON.stringify(names);
  const total = data.lines.find((l) => l.kind === 'total') ?? data.lines[0];

  const option = useMemo(() => {
    const lineNames = JSON.parse(namesKey) as string[];
    return trendOption({
      categories: (data.lines[0]?.points ?? []).map((p) => bucketLabel(p.from, interval, locale)),
      lines: data.lines.map((line, i) => ({ name: lineNames[i] ?? line.name, values: line.points.map((p) => p.value), ...(line.previous ? { previous: line.previous.points.map((p) => p.value) } : {}) })),
      previousName: (name) => t('explore.trend.previous', { name }),
      formatValue: (value) => formatMetricValue(value, data.unit, locale, currency),
    });
  }, [data, interval, namesKey, locale, currency, t]);

  // Why points for a rate: 1.6% -> 0.5% fell by 1.1 points; "-72%" reads like the rate itself (as the dashboards show it).
  const style = changeStyle(data.unit);
  const inPoints = style !== 'relative';
  const difference = (current: number | null | undefined, previous: number | null | undefined) => (current == null || previous == null ? null : current - previous);
  const changeText = (current: number | null | undefined, previous: number | null | undefined, relative: number | null) => {
    if (!inPoints) return formatChange(relative, locale);
    const points = difference(current, previous);
    if (points === null) return '—';
    return style === 'score-points' ? t('overview.change.scorePoints', { value: formatPoints(points, locale, 1) }) : t('overview.change.points', { value: formatPoints(points, locale) });
  };
  const columns: Column<TrendTableRow>[] = [
    { key: 'bucket', label: t('explore.trend.columns.bucket'), render: (r) => bucketLabel(r.bucket.from, interval, locale), csv: (r) => r.bucket.from },
    ...names.map((name, i) => ({
      key: `line-${i}`,
      label: broken ? name : t('explore.trend.columns.value'),
      numeric: true,
      render: (r: TrendTableRow) => format(r.values[i] ?? null),
      csv: (r: TrendTableRow) => r.values[i] ?? null,
    })),
    { key: 'previousBucket', label: t('explore.trend.columns.previousBucket'), render: (r) => (r.previous ? bucketLabel(r.previous.from, interval, locale) : '—'), csv: (r) => r.previous?.from ?? null },
    { key: 'previousValue', label: t('explore.trend.columns.previousValue'), numeric: true, render: (r) => format(r.previous?.value ?? null), csv: (r) => r.previous?.value ?? null },
    {
      key: 'change',
      label: t('explore.trend.columns.change'),
      numeric: true,
      render: (r) => changeText(r.values[0], r.previous?.value, r.change),
      csv: (r) => (inPoints ? difference(r.values[0], r.previous?.value) : r.change),
    },
  ];

  return (
    <>
      {total && (
        <p className="explore-summary" data-testid="trend-summary">
          {t('explore.trend.summary', { value: format(total.total), previous: format(total.previous?.total ?? null), change: changeText(total.total, total.previous?.total, total.previous?.relativeChange ?? null) })}
        </p>
      )}
      <div className="explore-chart" data-testid="chart-data" data-values={data.lines.map((line) => `${line.name}:${line.points.map((p) => p.value ?? '').join('|')}`).join(',')}>
        <Chart option={option} title={t('explore.trend.chart', { metric: metricName })} fileParts={fileParts} height={340} testId="explore-chart" />
      </div>
      <DataTable columns={columns} rows={trendTable(data)} rowKey={(r) => r.bucket.from} title={t('explore.trend.table', { metric: metricName })} fileParts={fileParts} testId="explore-table" />
    </>
  );
}
