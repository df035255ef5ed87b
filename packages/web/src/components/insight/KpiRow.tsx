import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { Link } from '../../routing/Link';
import { formatMetricValue } from '../analytics/format';
import type { MetricUnit } from '../analytics/format';
import type { Period } from '../analytics/period';
import { AttainmentBar } from './AttainmentBar';
import { ChangeIndicator } from './ChangeIndicator';
import { KpiProblem } from './KpiProblem';
import { MiniTrend } from './MiniTrend';
import { TargetForm } from './TargetForm';
import type { DashboardRow } from './dashboardRows';
import { trendHref } from './numbers';

interface Props {
  workspaceId: string;
  row: DashboardRow;
  name: string;
  period: Period;
  /** The CSS colour variable of the function's orientation. */
  colourVar: string;
  columns: number;
}

/** One KPI of a department's dashboard: value, previous period, change, target with attainment, trend, and the target form. */
export function KpiRow({ workspaceId, row, name, period, colourVar, columns }: Props) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [editing, setEditing] = useState(false);
  const { kpi, unit, currency } = row;
  const format = (value: number | null | undefined) => formatMetricValue(value, unit, locale, currency);
  const id = kpi.metricId;

  return (
    <>
      <tr className="dash-kpi" data-testid={`dash-kpi-${id}`}>
        <th scope="row" className="dash-kpi-name">
          <span title={row.definition ? pick(row.definition.definition) : undefined}>{name}</span>
          <span className="block small muted">
            {t(`unit.${unit as MetricUnit}`)} · {t(`direction.${row.direction}`)}
          </span>
        </th>
        {kpi.problem || !kpi.result ? (
          <td colSpan={6}>
            {kpi.problem ? (
              <KpiProblem workspaceId={workspaceId} problem={kpi.problem} testId={`dash-problem-${id}`} />
            ) : (
              <span className="muted">—</span>
            )}
          </td>
        ) : (
          <>
            <td className="num">
              <Link href={trendHref(workspaceId, id, period)} className="dash-value" title={t('overview.openTrend')} data-testid={`dash-value-${id}`}>
                {format(kpi.result.value)}
              </Link>
            </td>
            <td className="num muted" data-testid={`dash-previous-${id}`}>
              {format(kpi.previous?.value)}
            </td>
            <td className="num">
              <ChangeIndicator relative={row.relative} direction={row.direction} previous={format(kpi.previous?.value)} testId={`dash-change-${id}`} />
            </td>
            <td className="num" data-testid={`dash-target-${id}`}>
              {kpi.target ? format(kpi.target.target) : <span className="muted">—</span>}
            </td>
            <td>{kpi.target ? <AttainmentBar attainment={kpi.target.attainment} met={kpi.target.met} testId={`attainment-${id}`} /> : <span className="muted">—</span>}</td>
            <td className="dash-trend">
              <MiniTrend workspaceId={workspaceId} metricId={id} name={name} unit={unit} currency={currency} period={period} colourVar={colourVar} />
            </td>
          </>
        )}
        <td className="dash-actions">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
            data-testid={`set-target-${id}`}
            aria-label={t('dashboards.target.formLabel', { kpi: name })}
          >
            {kpi.target ? t('dashboards.target.change') : t('dashboards.target.set')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="dash-target-row">
          <td colSpan={columns}>
            <TargetForm workspaceId={workspaceId} metricId={id} name={name} unit={unit} currency={currency} period={period} current={kpi.target?.target} onDone={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
