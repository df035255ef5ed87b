import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { FilterBar } from './FilterBar';
import { ResultArea } from './ResultArea';
import { RetentionForm } from './RetentionForm';
import { RetentionResult } from './RetentionResult';
import { UrlNote } from './UrlNote';
import { useRetention } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { invalidInterval } from './url/common';
import { readRetention, retentionRequest, retentionSearch } from './url/retention';

/** Retention explorer: cohorts by the period's day, week or month; start and return events, kind and mode in the URL. */
export function RetentionExplorer({ workspaceId, settings }: ExplorerProps) {
  const { t } = useTranslation();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const retention = useMemo(() => readRetention(search), [search]);
  const request = useMemo(() => retentionRequest(retention.state, period, slicing.filters), [retention.state, period, slicing.filters]);
  const query = useRetention(workspaceId, request);
  const fileParts = [workspaceId, period.from, period.to];

  return (
    <>
      <p className="muted intro">{t('explore.intro.retention')}</p>
      <UrlNote keys={[...retention.invalid, ...invalidInterval(search), ...slicing.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} withInterval />
        <RetentionForm state={retention.state} onApply={(next) => apply(retentionSearch(next))} />
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        <ResultArea query={query} isEmpty={(answer) => answer.result.cohorts.every((c) => c.size === 0)}>
          {(answer) => <RetentionResult request={answer.request} result={answer.result} fileParts={fileParts} />}
        </ResultArea>
      </section>
    </>
  );
}
