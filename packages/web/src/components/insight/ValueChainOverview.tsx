import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, OrgMapResponse } from '@marketops/contracts';
import { useHasEvents, useMetricValues } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { ErrorNotice } from '../common/ErrorNotice';
import { EmptyWorkspaceGuide } from '../analytics/EmptyWorkspaceGuide';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { formatDay } from '../analytics/format';
import { buildChain, overviewMetricIds } from './chain';
import type { Lane } from './chain';
import { useInsightPeriod } from './useInsightPeriod';
import { YardstickTile } from './YardstickTile';

interface Props {
  workspaceId: string;
  catalog: CatalogResponse;
  map: OrgMapResponse;
}

/** Grid placement of a lane-aligned cell (1-based grid lines), overridden by the narrow layout in CSS. */
const place = (start: number, span: number) => ({ '--vc-start': start + 1, '--vc-span': span }) as CSSProperties;

/**
 * The first screen: the value chain from market insight to after-sales service as lanes in chain
 * order under a band that shows which orientation each serves (and where awareness work ends and
 * conversion begins), brand across all of them. Each stage shows the yardstick the articles judge
 * it by, for the period in the URL, with its change and the department that answers for it.
 */
export function ValueChainOverview({ workspaceId, catalog, map }: Props) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { period, problem, setPeriod, today, ready, settings, currency } = useInsightPeriod(workspaceId);
  const hasEvents = useHasEvents(workspaceId);
  const chain = useMemo(() => buildChain(catalog), [catalog]);
  const orientations = new Map(catalog.orientations.map((o) => [o.id, o]));
  const orientationName = (id: string) => {
    const o = orientations.get(id as Lane['orientation']);
    return o ? pick(o.name) : id;
  };
  const empty = hasEvents.data === false;
  const lanes = chain.lanes.length;
  // Why one request for every yardstick: the server reads the workspace's settings, costs and
  // snapshots once and computes a few metrics at a time, instead of sixteen requests competing for
  // two cores. Money metrics are left out while the workspace has no reporting currency (the
  // tile says which setting to set).
  const ids = useMemo(() => overviewMetricIds(chain, currency), [chain, currency]);
  // Why wait for the period (it needs the workspace's time zone) but not for the event count: the
  // numbers are asked for in parallel with it; a workspace found empty shows the first-event guide
  // instead, and stops asking.
  const numbers = useMetricValues(workspaceId, ids, { from: period.from, to: period.to, compare: true }, ready && !empty && currency !== undefined);
  const values = useMemo(() => new Map((numbers.data?.values ?? []).map((v) => [v.metricId, v])), [numbers.data]);
  const tile = (y: Lane['yardsticks'][number]) => (
    <YardstickTile
      key={y.kpi.id}
      workspaceId={workspaceId}
      yardstick={y}
      map={map}
      period={period}
      value={values.get(y.kpi.id)}
      fetching={numbers.isFetching}
      failed={numbers.isError}
      showNumber={!empty}
      currency={currency}
    />
  );

  return (
    <div className="value-chain" data-testid="value-chain">
      <p className="muted intro">{t('overview.intro')}</p>
      {settings.error && <ErrorNotice error={settings.error} action="load" onRetry={() => void settings.refetch()} />}
      {hasEvents.error && <ErrorNotice error={hasEvents.error} action="load" onRetry={() => void hasEvents.refetch()} />}
      {numbers.error && <ErrorNotice error={numbers.error} action="load" onRetry={() => void numbers.refetch()} />}
      {empty ? (
        <EmptyWorkspaceGuide workspaceId={workspaceId} />
      ) : (
        <div className="vc-toolbar">
          <PeriodPicker period={period} today={today} onChange={setPeriod} problem={problem} />
          <p className="muted small" data-testid="overview-period">
            {t('overview.period', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) })}
            {period.to >= today && ` ${t('overview.provisional')}`}
          </p>
        </div>
      )}
      {empty && <p className="muted small">{t('overview.emptyChain')}</p>}

      <div className="vc-scroll">
        <div className="vc-grid" style={{ '--vc-lanes': lanes } as CSSProperties} role="group" aria-label={t('overview.chainLabel')}>
          {chain.band.map((segment) => {
            const o = orientations.get(segment.orientation);
            return (
              <div
                key={`band-${segment.start}`}
                className={`vc-band orient-${segment.orientation}${segment.start === chain.conversionStart ? ' vc-boundary' : ''}`}
                style={place(segment.start, segment.span)}
                title={o ? pick(o.description) : undefined}
                data-testid={`band-${segment.orientation}`}
              >
                {segment.start === chain.conversionStart && (
                  <span className="vc-boundary-flag" data-testid="awareness-conversion-boundary">
                    {t('overview.boundary')}
                  </span>
                )}
                <span className="vc-band-name">{orientationName(segment.orientation)}</span>
              </div>
            );
          })}

          {chain.stages.map(({ stage, start, span }) => (
            <header
              key={`stage-${stage.id}`}
              className={`vc-stage${start === chain.conversionStart ? ' vc-boundary' : ''}`}
              style={place(start, span)}
              data-testid={`stage-${stage.id}`}
            >
              <h3>
                <span className="vc-stage-order" aria-hidden="true">
                  {stage.order}
                </span>
                {pick(stage.name)}
                <span className="vc-stage-metaphor muted"> · {pick(stage.metaphor)}</span>
              </h3>
              <p className="vc-yardstick small">
                <span className="muted">{t('overview.judgedBy')} </span>
                {pick(stage.yardstick)}
              </p>
            </header>
          ))}

          {chain.lanes.map((lane, index) => (
            <section
              key={`lane-${lane.stage.id}-${lane.orientation}`}
              className={`vc-lane orient-${lane.orientation}${index === chain.conversionStart ? ' vc-boundary' : ''}`}
              style={place(index, 1)}
              aria-label={`${pick(lane.stage.name)} · ${orientationName(lane.orientation)}`}
              data-testid={`lane-${lane.stage.id}-${lane.orientation}`}
            >
              {lane.yardsticks.map(tile)}
            </section>
          ))}

          {chain.across.map(({ stage, yardsticks }) => (
            <section key={`across-${stage.id}`} className="vc-across orient-strategic" style={place(0, Math.max(lanes, 1))} data-testid={`stage-${stage.id}`} aria-labelledby={`across-${stage.id}`}>
              <header className="vc-across-head">
                <h3 id={`across-${stage.id}`}>
                  {pick(stage.name)}
                  <span className="vc-stage-metaphor muted"> · {pick(stage.metaphor)}</span>
                </h3>
                <p className="small">
                  <span className="muted">{t('overview.acrossAll')} </span>
                  <span className="muted">{t('overview.judgedBy')} </span>
                  {pick(stage.yardstick)}
                </p>
              </header>
              <div className="vc-across-tiles">{yardsticks.map(tile)}</div>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
