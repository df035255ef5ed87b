import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetricDefinitions } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { BreakdownPicker } from './BreakdownPicker';
import { FilterBar } from './FilterBar';
import { MetricOwner } from './MetricOwner';
import { MetricSelect } from './MetricSelect';
import { ResultArea } from './ResultArea';
import { TrendResult } from './TrendResult';
import { UrlNote } from './UrlNote';
import { useMetricOwner, useTrend } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { invalidInterval } from './url/common';
import { readTrend, trendRequest } from './url/trend';

/**
 * Trend explorer: one metric over the period by day, week or month against the previous period,
 * with filters and one breakdown (a line per value), and the department that owns the metric.
 */
export function TrendExplorer({ workspaceId, settings, catalog }: ExplorerProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const metrics = useMetricDefinitions();
  const ids = useMemo(() => metrics.data?.map((m) => m.id), [metrics.data]);
  const trend = useMemo(() => readTrend(search, ids), [search, ids]);
  const request = useMemo(() => trendRequest(trend.state, period, slicing.filters, slicing.breakdown), [trend.state, period, slicing.filters, slicing.breakdown]);
  const query = useTrend(workspaceId, request);
  const owner = useMetricOwner(workspaceId, trend.state.metricId);
  const metric = metrics.data?.find((m) => m.id === trend.state.metricId);
  const nameOf = (id: string) => {
    const found = metrics.data?.find((m) => m.id === id);
    return found ? pick(found.name) : id;
  };
  const fileParts = [workspaceId, trend.state.metricId, period.from, period.to];

  if (metrics.error) return <ErrorNotice error={metrics.error} action="load" onRetry={() => void metrics.refetch()} />;
  if (!metrics.data) return <Loading />;
  return (
    <>
      <p className="muted intro">{t('explore.intro.trend')}</p>
      <UrlNote keys={[...trend.invalid, ...invalidInterval(search), ...slicing.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} withInterval />
        <MetricSelect metrics={metrics.data} catalog={catalog} value={trend.state.metricId} onChange={(id) => apply({ metric: id })} />
        {metric && <p className="muted small explore-definition">{pick(metric.definition)}</p>}
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
        <BreakdownPicker value={slicing.breakdown} onChange={slicing.setBreakdown} />
        {slicing.breakdown && <p className="muted small">{t('explore.trend.groupsNote')}</p>}
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        {owner.data && <MetricOwner owner={owner.data} />}
        {owner.error && <ErrorNotice error={owner.error} action="load" onRetry={() => void owner.refetch()} />}
        <ResultArea query={query} isEmpty={(answer) => answer.result.lines.length === 0 || answer.result.lines.every((line) => line.points.length === 0)}>
          {(answer) => (
            <TrendResult data={answer.result} metricName={nameOf(answer.request.metricId)} interval={answer.request.interval} reportingCurrency={settings.reportingCurrency} fileParts={fileParts} />
          )}
        </ResultArea>
      </section>
    </>
  );
}
