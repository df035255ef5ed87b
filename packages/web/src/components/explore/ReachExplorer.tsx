import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { ChannelMapEditor } from './ChannelMapEditor';
import { FilterBar } from './FilterBar';
import { ReachResult } from './ReachResult';
import { ResultArea } from './ResultArea';
import { UrlNote } from './UrlNote';
import { useReach } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { reachRequest, reachSearch, readReach } from './url/reach';

/** Reach explorer: reach, frequency, cost and cost per contact by channel or campaign; filters and the channel map in the URL. */
export function ReachExplorer({ workspaceId, settings }: ExplorerProps) {
  const { t } = useTranslation();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const reach = useMemo(() => readReach(search), [search]);
  const { state } = reach;
  const request = useMemo(() => reachRequest(state, period, slicing.filters), [state, period, slicing.filters]);
  const query = useReach(workspaceId, request);
  const fileParts = [workspaceId, period.from, period.to];

  return (
    <>
      <p className="muted intro">{t('explore.intro.reach')}</p>
      <UrlNote keys={[...reach.invalid, ...slicing.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} />
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
        <ChannelMapEditor entries={state.channelMap} onChange={(channelMap) => apply(reachSearch({ ...state, channelMap }))} />
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        <ResultArea query={query} isEmpty={(answer) => answer.result.byChannel.length === 0 && answer.result.byCampaign.length === 0}>
          {(answer) => <ReachResult result={answer.result} reportingCurrency={settings.reportingCurrency} rows={state.rows} onRows={(rows) => apply({ rows })} fileParts={fileParts} />}
        </ResultArea>
      </section>
    </>
  );
}
