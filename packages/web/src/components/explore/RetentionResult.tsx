import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRequest, RetentionResultDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import { bucketLabel } from './charts/labels';
import { retentionOption } from './charts/retentionOption';
import { periodCount, retentionTable } from './data/retention';
import type { RetentionTableRow } from './data/retention';

interface Props {
  request: RetentionRequest;
  result: RetentionResultDto;
  fileParts: readonly string[];
}

/** The cohort heat map (values as %) and the same numbers as a table with the row of all cohorts. */
export function RetentionResult({ request, result, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rows = useMemo(() => retentionTable(result), [result]);
  const periods = Array.from({ length: periodCount(rows) }, (_, n) => t(`explore.retention.periodLabel.${request.interval}`, { n }));
  const periodsKey = JSON.stringify(periods);
  const cohortLabel = (row: RetentionTableRow) => (row.bucket === null ? t('explore.retention.overall') : bucketLabel(row.bucket, request.interval, locale));

  const option = useMemo(
    () =>
      retentionOption({
        cohorts: result.cohorts.map((c) => ({ label: bucketLabel(c.bucket, request.interval, locale), cells: c.cells })),
        periods: JSON.parse(periodsKey) as string[],
        formatPercent: (value) => formatMetricValue(value / 100, 'ratio', locale),
      }),
    [result, request.interval, periodsKey, locale],
  );

  const columns: Column<RetentionTableRow>[] = [
    { key: 'cohort', label: t('explore.retention.columns.cohort'), render: cohortLabel, csv: (row) => row.bucket ?? t('explore.retention.overall') },
    { key: 'size', label: t('explore.retention.columns.size'), numeric: true, render: (row) => formatMetricValue(row.size, 'count', locale), csv: (row) => row.size },
    ...periods.map((label, period) => ({
      key: `p${period}`,
      label,
      numeric: true,
      render: (row: RetentionTableRow) => {
        const cell = row.cells.find((c) => c.period === period);
        if (!cell) return '';
        return `${formatMetricValue(cell.rate, 'ratio', locale)}${cell.complete ? '' : '*'}`;
      },
      csv: (row: RetentionTableRow) => row.cells.find((c) => c.period === period)?.rate ?? null,
    })),
  ];

  return (
    <>
      <div className="explore-chart" data-testid="chart-data" data-values={result.cohorts.map((c) => c.size).join(',')}>
        <Chart option={option} title={t('explore.retention.chart')} fileParts={fileParts} height={Math.max(260, 60 + result.cohorts.length * 28)} testId="explore-chart" />
      </div>
      <p className="muted small">{t('explore.retention.incomplete')}</p>
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.bucket ?? 'all'} title={t('explore.retention.table')} fileParts={fileParts} testId="explore-table" />
    </>
  );
}
