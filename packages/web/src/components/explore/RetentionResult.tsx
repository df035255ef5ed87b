import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRequest, RetentionResultDto } from '../../api/client';
import { periodCount, retentionTable } from './data/retention';
import { RetentionBreakdown } from './RetentionBreakdown';
import { RetentionMatrixView } from './RetentionMatrixView';

interface Props {
  request: RetentionRequest;
  result: RetentionResultDto;
  /** The breakdown value to show on its own (from the URL; undefined: the largest). */
  group: string | undefined;
  onGroup: (value: string) => void;
  fileParts: readonly string[];
}

/** The whole cohort matrix (heat map and table) and, with a breakdown, each value's side by side and one value's own. */
export function RetentionResult({ request, result, group, onGroup, fileParts }: Props) {
  const { t } = useTranslation();
  const count = useMemo(() => periodCount(retentionTable(result)), [result]);
  const periods = Array.from({ length: count }, (_, n) => t(`explore.retention.periodLabel.${request.interval}`, { n }));

  return (
    <>
      <RetentionMatrixView
        matrix={result}
        interval={request.interval}
        periods={periods}
        chartTitle={t('explore.retention.chart')}
        tableTitle={t('explore.retention.table')}
        fileParts={fileParts}
        ids={{ data: 'chart-data', chart: 'explore-chart', table: 'explore-table' }}
      />
      <p className="muted small">{t('explore.retention.incomplete')}</p>
      {request.breakdown && result.breakdown && (
        <RetentionBreakdown result={result} breakdown={request.breakdown} interval={request.interval} periods={periods} group={group} onGroup={onGroup} fileParts={fileParts} />
      )}
    </>
  );
}
