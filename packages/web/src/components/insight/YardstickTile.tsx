import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import type { MetricValuesDto } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { Link } from '../../routing/Link';
import { formatMetricValue } from '../analytics/format';
import type { Period } from '../analytics/period';
import { ChangeIndicator } from './ChangeIndicator';
import { CurrencyProblem, KpiProblem } from './KpiProblem';
import { OwnerLine } from './OwnerLine';
import { ownershipOf } from './chain';
import type { Yardstick } from './chain';
import { isMoneyUnit, trendHref } from './numbers';

/** One metric of the overview's answer. */
export type YardstickValue = MetricValuesDto['values'][number];

interface Props {
  workspaceId: string;
  yardstick: Yardstick;
  map: OrgMapResponse;
  period: Period;
  /** This yardstick's entry of the overview's one request for every number, once it arrived. */
  value: YardstickValue | undefined;
  /** The numbers are being (re)computed. */
  fetching: boolean;
  /** The overview's request failed (the overview shows why once, with a retry). */
  failed: boolean;
  /** Show the number at all: a workspace without events shows only who owns each yardstick. */
  showNumber: boolean;
  /** The reporting currency; null when the workspace has none (money cannot be computed), undefined while unknown. */
  currency: string | null | undefined;
}

/**
 * One yardstick of the chain: its value for the period (a link to the trend explorer), the change
 * against the previous period, and the department that answers for it (a link to its dashboard).
 * The overview asks for every yardstick in one request (`useMetricValues`); each tile shows its entry.
 */
export function YardstickTile({ workspaceId, yardstick, map, period, value, fetching, failed, showNumber, currency }: Props) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { kpi, fn } = yardstick;
  // Why not asked for: the server refuses money metrics without a reporting currency; say what to set instead.
  const noCurrency = isMoneyUnit(kpi.unit) && currency === null;
  const data = value?.result ? { ...value, result: value.result } : undefined;
  // Why the map first: it is already loaded, so owners show at once; the metric's answer (the
  // server's reading of the same map) takes over when it arrives.
  const owner = value ? { status: value.owner.status, accountable: value.owner.accountable } : ownershipOf(map, fn.id);
  const money = data?.result.money?.currency ?? currency ?? undefined;
  const format = (v: number | null | undefined) => formatMetricValue(v, data?.result.unit ?? kpi.unit, locale, money);

  return (
    <article className={`vc-tile orient-${fn.orientation}`} data-testid={`yardstick-${kpi.id}`} aria-labelledby={`yardstick-${kpi.id}-name`}>
      <h4 id={`yardstick-${kpi.id}-name`} className="vc-tile-name" title={pick(kpi.definition)}>
        {pick(kpi.name)}
      </h4>
      <p className="vc-tile-function small muted">{pick(fn.name)}</p>
      {showNumber && (
        <div className="vc-tile-number" aria-busy={fetching}>
          {data ? (
            <>
              <Link href={trendHref(workspaceId, kpi.id, period)} className="vc-value" title={t('overview.openTrend')} data-testid={`value-${kpi.id}`}>
                {format(data.result.value)}
              </Link>
              <ChangeIndicator relative={data.relativeChange} change={data.change} unit={data.result.unit} direction={kpi.direction} previous={format(data.previous?.value)} testId={`change-${kpi.id}`} />
              <span className="vc-previous small muted">{t('overview.change.previous', { value: format(data.previous?.value) })}</span>
            </>
          ) : noCurrency ? (
            <CurrencyProblem workspaceId={workspaceId} testId={`problem-${kpi.id}`} />
          ) : value?.problem ? (
            isMoneyUnit(kpi.unit) ? (
              <CurrencyProblem workspaceId={workspaceId} testId={`problem-${kpi.id}`} />
            ) : (
              <KpiProblem workspaceId={workspaceId} problem={value.problem} testId={`problem-${kpi.id}`} />
            )
          ) : failed ? (
            <span className="vc-value muted" data-testid={`failed-${kpi.id}`}>
              —
            </span>
          ) : (
            <span className="vc-value vc-value-pending" aria-hidden="true">
              …
            </span>
          )}
        </div>
      )}
      <OwnerLine workspaceId={workspaceId} owner={owner} period={period} functionName={pick(fn.name)} testId={`owner-${kpi.id}`} />
    </article>
  );
}
