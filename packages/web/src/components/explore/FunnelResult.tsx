import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelRequest, FunnelResultDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { Chart } from '../analytics/Chart';
import { DataTable } from '../analytics/DataTable';
import type { Column } from '../analytics/DataTable';
import { formatMetricValue } from '../analytics/format';
import { funnelOption } from './charts/funnelOption';
import { funnelChartGroups, funnelTable } from './data/funnel';
import type { FunnelTableRow } from './data/funnel';
import { useMatcherLabel } from './useMatcherLabel';

interface Props {
  request: FunnelRequest;
  result: FunnelResultDto;
  fileParts: readonly string[];
}

/** The funnel's bars with drop-off, and per step (and group) the people, conversions and median time to convert. */
export function FunnelResult({ request, result, fileParts }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const matcherLabel = useMatcherLabel();
  const labels = request.steps.map((step) => matcherLabel(step));
  const stepLabel = (index: number) => labels[index] ?? String(index + 1);
  const count = (value: number) => formatMetricValue(value, 'count', locale);
  const rate = (value: number | null) => formatMetricValue(value, 'ratio', locale);

  const labelsKey = JSON.stringify(labels);
  // Why memoised: a new option object redraws the chart; redraw only when the answer or the language changes.
  const option = useMemo(() => {
    const names = JSON.parse(labelsKey) as string[];
    return funnelOption({
      steps: result.steps.map((s, i) => ({ label: names[i] ?? s.label, people: s.people })),
      groups: funnelChartGroups(result),
      names: { people: t('explore.funnel.people'), dropped: t('explore.funnel.dropped') },
      formatCount: (value) => formatMetricValue(value, 'count', locale),
      formatRate: (value) => formatMetricValue(value, 'ratio', locale),
    });
  }, [result, labelsKey, locale, t]);

  const everyone = t('explore.funnel.everyone');
  const columns: Column<FunnelTableRow>[] = [
    ...(result.breakdown ? [{ key: 'group', label: t('explore.funnel.columns.group'), render: (r: FunnelTableRow) => r.group ?? everyone, csv: (r: FunnelTableRow) => r.group ?? everyone }] : []),
    { key: 'step', label: t('explore.funnel.columns.step'), render: (r) => `${r.step.step}. ${stepLabel(r.step.step - 1)}`, csv: (r) => `${r.step.step}. ${stepLabel(r.step.step - 1)}` },
    { key: 'people', label: t('explore.funnel.columns.people'), numeric: true, render: (r) => count(r.step.people), csv: (r) => r.step.people },
    { key: 'previous', label: t('explore.funnel.columns.fromPrevious'), numeric: true, render: (r) => rate(r.step.conversionFromPrevious), csv: (r) => r.step.conversionFromPrevious },
    { key: 'first', label: t('explore.funnel.columns.fromFirst'), numeric: true, render: (r) => rate(r.step.conversionFromFirst), csv: (r) => r.step.conversionFromFirst },
    {
      key: 'time',
      label: t('explore.funnel.columns.medianTime'),
      numeric: true,
      render: (r) => (r.step.medianTimeToConvertMs === null ? '—' : formatMetricValue(r.step.medianTimeToConvertMs / 1000, 'duration', locale)),
      // Why: seconds, a number a spreadsheet can compute with (the screen shows the largest fitting unit).
      csv: (r) => (r.step.medianTimeToConvertMs === null ? null : r.step.medianTimeToConvertMs / 1000),
    },
  ];

  return (
    <>
      {result.excludedPeople > 0 && <p className="muted small">{t('explore.funnel.excluded', { n: count(result.excludedPeople) })}</p>}
      <div className="explore-chart" data-testid="chart-data" data-values={result.steps.map((s) => s.people).join(',')}>
        <Chart option={option} title={t('explore.funnel.chart')} fileParts={fileParts} height={320} testId="explore-chart" />
      </div>
      <DataTable columns={columns} rows={funnelTable(result)} rowKey={(r) => `${r.group ?? ''}-${r.step.step}`} title={t('explore.funnel.table')} fileParts={fileParts} testId="explore-table" />
    </>
  );
}
