import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { BreakdownPicker } from './BreakdownPicker';
import { FilterBar } from './FilterBar';
import { ResultArea } from './ResultArea';
import { RetentionForm } from './RetentionForm';
import { RetentionResult } from './RetentionResult';
import { UrlNote } from './UrlNote';
import { useRetention } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { encodeBreakdown } from './url/codec';
import type { Breakdown } from './url/codec';
import { breakdownSearch, invalidInterval } from './url/common';
import { readRetention, readRetentionGroup, retentionGroupSearch, retentionRequest, retentionSearch } from './url/retention';

/**
 * Retention explorer: cohorts by the period's day, week or month; start and return events, kind,
 * mode, filters, a breakdown and the breakdown value shown on its own, all in the URL.
 */
export function RetentionExplorer({ workspaceId, settings }: ExplorerProps) {
  const { t } = useTranslation();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const retention = useMemo(() => readRetention(search), [search]);
  const group = useMemo(() => readRetentionGroup(search, slicing.breakdown !== undefined), [search, slicing.breakdown]);
  const request = useMemo(() => retentionRequest(retention.state, period, slicing.filters, slicing.breakdown), [retention.state, period, slicing.filters, slicing.breakdown]);
  const query = useRetention(workspaceId, request);
  const fileParts = [workspaceId, period.from, period.to];
  // Why the shown value goes with a changed breakdown: a channel's name means nothing as a campaign source.
  const setBreakdown = (next: Breakdown | undefined) => {
    const same = (next ? encodeBreakdown(next) : '') === (slicing.breakdown ? encodeBreakdown(slicing.breakdown) : '');
    apply({ ...breakdownSearch(next), ...(same ? {} : retentionGroupSearch(undefined)) });
  };

  return (
    <>
      <p className="muted intro">{t('explore.intro.retention')}</p>
      <UrlNote keys={[...retention.invalid, ...invalidInterval(search), ...slicing.invalid, ...group.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} withInterval />
        <RetentionForm state={retention.state} onApply={(next) => apply(retentionSearch(next))} />
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
        <BreakdownPicker value={slicing.breakdown} onChange={setBreakdown} />
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        <ResultArea query={query} isEmpty={(answer) => answer.result.cohorts.every((c) => c.size === 0)}>
          {(answer) => (
            <RetentionResult request={answer.request} result={answer.result} group={group.state} onGroup={(value) => apply(retentionGroupSearch(value))} fileParts={fileParts} />
          )}
        </ResultArea>
      </section>
    </>
  );
}
