import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { BreakdownPicker } from './BreakdownPicker';
import { FilterBar } from './FilterBar';
import { FunnelForm } from './FunnelForm';
import { FunnelResult } from './FunnelResult';
import { ResultArea } from './ResultArea';
import { UrlNote } from './UrlNote';
import { useFunnel } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { funnelRequest, funnelSearch, readFunnel } from './url/funnel';

/** Funnel explorer: steps, order, window, filters and a breakdown, all in the URL. */
export function FunnelExplorer({ workspaceId, settings }: ExplorerProps) {
  const { t } = useTranslation();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const funnel = useMemo(() => readFunnel(search), [search]);
  const request = useMemo(() => funnelRequest(funnel.state, period, slicing.filters, slicing.breakdown), [funnel.state, period, slicing.filters, slicing.breakdown]);
  const query = useFunnel(workspaceId, request);
  const fileParts = [workspaceId, period.from, period.to];

  return (
    <>
      <p className="muted intro">{t('explore.intro.funnel')}</p>
      <UrlNote keys={[...funnel.invalid, ...slicing.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} />
        <FunnelForm state={funnel.state} onApply={(next) => apply(funnelSearch(next))} />
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
        <BreakdownPicker value={slicing.breakdown} onChange={slicing.setBreakdown} />
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        <ResultArea query={query} isEmpty={(answer) => (answer.result.steps[0]?.people ?? 0) === 0}>
          {(answer) => <FunnelResult request={answer.request} result={answer.result} fileParts={fileParts} />}
        </ResultArea>
      </section>
    </>
  );
}
