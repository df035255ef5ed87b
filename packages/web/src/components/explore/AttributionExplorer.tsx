import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { usePeriod } from '../analytics/usePeriod';
import { AttributionForm } from './AttributionForm';
import { AttributionResult } from './AttributionResult';
import { FilterBar } from './FilterBar';
import { ResultArea } from './ResultArea';
import { UrlNote } from './UrlNote';
import { useAttribution } from './useAnalysis';
import { useExploreSearch } from './useExploreSearch';
import { useSlicing } from './useSlicing';
import type { ExplorerProps } from './types';
import { attributionRequest, attributionSearch, readAttribution } from './url/attribution';

/** Attribution explorer: conversion, models, lookback and half-life in the URL; filters apply to the conversions. */
export function AttributionExplorer({ workspaceId, settings }: ExplorerProps) {
  const { t } = useTranslation();
  const [search, apply] = useExploreSearch();
  const { period, problem, setPeriod, today } = usePeriod(settings.timeZone);
  const slicing = useSlicing();
  const attribution = useMemo(() => readAttribution(search), [search]);
  const { state } = attribution;
  const request = useMemo(() => attributionRequest(state, period, slicing.filters), [state, period, slicing.filters]);
  const query = useAttribution(workspaceId, request);
  const fileParts = [workspaceId, period.from, period.to];

  return (
    <>
      <p className="muted intro">{t('explore.intro.attribution')}</p>
      <UrlNote keys={[...attribution.invalid, ...slicing.invalid]} />
      <div className="panel explore-controls">
        <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} />
        <AttributionForm state={state} onApply={(next) => apply(attributionSearch(next))} />
        <FilterBar filters={slicing.filters} onChange={slicing.setFilters} />
      </div>
      <section className="panel explore-output" aria-label={t('explore.result')}>
        <ResultArea query={query} isEmpty={(answer) => answer.result.conversions === 0}>
          {(answer) => (
            <AttributionResult
              request={answer.request}
              result={answer.result}
              reportingCurrency={settings.reportingCurrency}
              flow={state.flow}
              rows={state.rows}
              onFlow={(flow) => apply({ flow })}
              onRows={(rows) => apply({ rows })}
              fileParts={fileParts}
            />
          )}
        </ResultArea>
      </section>
    </>
  );
}
