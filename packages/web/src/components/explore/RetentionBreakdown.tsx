import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetentionResultDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import type { Interval } from '../analytics/period';
import { pickRetentionGroup, retentionGroups } from './data/retention';
import type { RetentionGroupRow } from './data/retention';
import { periodColumns } from './retentionColumns';
import { RetentionMatrixView } from './RetentionMatrixView';
import { useBreakdownLabel } from './useBreakdownLabel';
import type { Breakdown } from './url/codec';

interface Props {
  result: RetentionResultDto;
  breakdown: Breakdown;
  interval: Interval;
  periods: readonly string[];
  /** The value the URL asks to show (undefined: the largest). */
  group: string | undefined;
  onGroup: (value: string) => void;
  fileParts: readonly string[];
}

/**
 * The breakdown under the whole matrix: every value's row of all cohorts side by side, then one
 * value's own cohort heat map and table, chosen in a list (most people first).
 */
export function RetentionBreakdown({ result, breakdown, interval, periods, group, onGroup, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const label = useBreakdownLabel()(breakdown);
  const groups = retentionGroups(result);
  const picked = pickRetentionGroup(result, group);
  if (!picked) return null;

  const columns: Column<RetentionGroupRow>[] = [
    { key: 'value', label, render: (row) => row.value, csv: (row) => row.value },
    { key: 'people', label: t('explore.retention.columns.size'), numeric: true, render: (row) => formatMetricValue(row.overall.size, 'count', locale), csv: (row) => row.overall.size },
    ...periodColumns<RetentionGroupRow>(periods, (row) => row.overall, (rate) => formatMetricValue(rate, 'ratio', locale)),
  ];
  const withValue = { breakdown: label, value: picked.value };

  return (
    <>
      <h3 className="explore-subtitle">{t('explore.retention.breakdown.title', { breakdown: label })}</h3>
      <p className="muted small">{t('explore.retention.breakdown.note')}</p>
      <DataTable columns={columns} rows={groups} rowKey={(row) => row.value} title={t('explore.retention.breakdown.table', { breakdown: label })} fileParts={fileParts} testId="retention-groups-table" />
      <NativeSelect className="explore-inline-field" label={t('explore.retention.breakdown.show')} value={picked.value} onChange={(e) => onGroup(e.target.value)} data-testid="retention-group">
        {groups.map((row) => (
          <option key={row.value} value={row.value}>
            {row.value}
          </option>
        ))}
      </NativeSelect>
      {picked.missing && (
        <p className="muted small" role="status" data-testid="retention-group-missing">
          {t('explore.retention.breakdown.missing', { value: group ?? '', shown: picked.value })}
        </p>
      )}
      <RetentionMatrixView
        matrix={picked.matrix}
        interval={interval}
        periods={periods}
        chartTitle={t('explore.retention.breakdown.valueTitle', withValue)}
        tableTitle={t('explore.retention.breakdown.valueTitle', withValue)}
        fileParts={fileParts}
        ids={{ data: 'retention-group-data', chart: 'retention-group-chart', table: 'retention-group-table' }}
      />
    </>
  );
}
