import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { useMetricValue } from '../../api/queries';
import { ApiError } from '../../api/errors';
import { useLocale } from '../../i18n/useLocale';
import { Link } from '../../routing/Link';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatMetricValue } from '../analytics/format';
import type { Period } from '../analytics/period';
import { ChangeIndicator } from './ChangeIndicator';
import { CurrencyProblem } from './KpiProblem';
import { OwnerLine } from './OwnerLine';
import { ownershipOf } from './chain';
import type { Yardstick } from './chain';
import { isMissingCurrency, isMoneyUnit, trendHref } from './numbers';

interface Props {
  workspaceId: string;
  yardstick: Yardstick;
  map: OrgMapResponse;
  period: Period;
  /** Ask for the number (false while the settings load, and in a workspace without events). */
  load: boolean;
  /** Show the number at all: a workspace without events shows only who owns each yardstick. */
  showNumber: boolean;
  /** The reporting currency; null when the workspace has none (money cannot be computed), undefined while unknown. */
  currency: string | null | undefined;
}

/**
 * One yardstick of the chain: its value for the period (a link to the trend explorer), the change
 * against the previous period, and the department that answers for it (a link to its dashboard).
 */
export function YardstickTile({ workspaceId, yardstick, map, period, load, showNumber, currency }: Props) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { kpi, fn } = yardstick;
  // Why not ask: the server refuses money metrics without a reporting currency; say what to set instead.
  const noCurrency = isMoneyUnit(kpi.unit) && currency === null;
  const query = useMetricValue(workspaceId, kpi.id, { from: period.from, to: period.to, compare: true }, load && showNumber && !noCurrency);
  const data = query.data;
  // Why the map first: it is already loaded, so owners show at once; the metric's answer (the
  // server's reading of the same map) takes over when it arrives.
  const owner = data ? { status: data.owner.status, accountable: data.owner.accountable } : ownershipOf(map, fn.id);
  const money = data?.result.money?.currency ?? currency ?? undefined;
  const format = (value: number | null | undefined) => formatMetricValue(value, data?.result.unit ?? kpi.unit, locale, money);
  const error = query.error;
  const currencyProblem = error instanceof ApiError && isMissingCurrency(error) ? error : null;

  return (
    <article className={`vc-tile orient-${fn.orientation}`} data-testid={`yardstick-${kpi.id}`} aria-labelledby={`yardstick-${kpi.id}-name`}>
      <h4 id={`yardstick-${kpi.id}-name`} className="vc-tile-name" title={pick(kpi.definition)}>
        {pick(kpi.name)}
      </h4>
      <p className="vc-tile-function small muted">{pick(fn.name)}</p>
      {showNumber && (
        <div className="vc-tile-number" aria-busy={query.isFetching}>
          {data ? (
            <>
              <Link href={trendHref(workspaceId, kpi.id, period)} className="vc-value" title={t('overview.openTrend')} data-testid={`value-${kpi.id}`}>
                {format(data.result.value)}
              </Link>
              <ChangeIndicator relative={data.relativeChange} direction={kpi.direction} previous={format(data.previous?.value)} testId={`change-${kpi.id}`} />
              <span className="vc-previous small muted">{t('overview.change.previous', { value: format(data.previous?.value) })}</span>
            </>
          ) : noCurrency || currencyProblem ? (
            <CurrencyProblem workspaceId={workspaceId} testId={`problem-${kpi.id}`} />
          ) : error ? (
            <ErrorNotice error={error} action="load" onRetry={() => void query.refetch()} />
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
