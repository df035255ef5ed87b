import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import type { Interval } from '../analytics/period';
import { bucketLabel } from './charts/labels';
import { retentionOption } from './charts/retentionOption';
import { retentionTable } from './data/retention';
import type { RetentionMatrixDto, RetentionTableRow } from './data/retention';
import { periodColumns } from './retentionColumns';

interface Props {
  matrix: RetentionMatrixDto;
  interval: Interval;
  /** The period columns' labels (Week 0, Week 1, ...), the same for every matrix of one answer. */
  periods: readonly string[];
  chartTitle: string;
  tableTitle: string;
  fileParts: readonly string[];
  /** Test ids of the chart's data holder, the chart and the table (the whole answer keeps the explorers' shared ones). */
  ids: { data: string; chart: string; table: string };
}

/** One cohort matrix as a heat map (values as %) and as a table with the row of all cohorts and its CSV. */
export function RetentionMatrixView({ matrix, interval, periods, chartTitle, tableTitle, fileParts, ids }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rows = useMemo(() => retentionTable(matrix), [matrix]);
  const periodsKey = JSON.stringify(periods);
  const cohortLabel = (row: RetentionTableRow) => (row.bucket === null ? t('explore.retention.overall') : bucketLabel(row.bucket, interval, locale));

  // Why keyed on the labels' text: a new option object redraws the chart; redraw only when the answer or the language changes.
  const option = useMemo(
    () =>
      retentionOption({
        cohorts: matrix.cohorts.map((c) => ({ label: bucketLabel(c.bucket, interval, locale), cells: c.cells })),
        periods: JSON.parse(periodsKey) as string[],
        formatPercent: (value) => formatMetricValue(value / 100, 'ratio', locale),
      }),
    [matrix, interval, periodsKey, locale],
  );

  const columns: Column<RetentionTableRow>[] = [
    { key: 'cohort', label: t('explore.retention.columns.cohort'), render: cohortLabel, csv: (row) => row.bucket ?? t('explore.retention.overall') },
    { key: 'size', label: t('explore.retention.columns.size'), numeric: true, render: (row) => formatMetricValue(row.size, 'count', locale), csv: (row) => row.size },
    ...periodColumns<RetentionTableRow>(periods, (row) => row, (rate) => formatMetricValue(rate, 'ratio', locale)),
  ];

  return (
    <>
      <div className="explore-chart" data-testid={ids.data} data-values={matrix.cohorts.map((c) => c.size).join(',')}>
        <Chart option={option} title={chartTitle} fileParts={fileParts} height={Math.max(260, 60 + matrix.cohorts.length * 28)} testId={ids.chart} />
      </div>
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.bucket ?? 'all'} title={tableTitle} fileParts={fileParts} testId={ids.table} />
    </>
  );
}
