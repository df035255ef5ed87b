import { useState } from 'react';
import { Button, Table } from '@mantine/core';
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
      <Table.Tr className="dash-kpi" data-testid={`dash-kpi-${id}`}>
        <Table.Th scope="row" className="dash-kpi-name">
          <span title={row.definition ? pick(row.definition.definition) : undefined}>{name}</span>
          <span className="block small muted">
            {t(`unit.${unit as MetricUnit}`)} · {t(`direction.${row.direction}`)}
          </span>
        </Table.Th>
        {kpi.problem || !kpi.result ? (
          <Table.Td colSpan={6}>
            {kpi.problem ? (
              <KpiProblem workspaceId={workspaceId} problem={kpi.problem} testId={`dash-problem-${id}`} />
            ) : (
              <span className="muted">—</span>
            )}
          </Table.Td>
        ) : (
          <>
            <Table.Td className="num">
              <Link href={trendHref(workspaceId, id, period)} className="dash-value" title={t('overview.openTrend')} data-testid={`dash-value-${id}`}>
                {format(kpi.result.value)}
              </Link>
            </Table.Td>
            <Table.Td className="num muted" data-testid={`dash-previous-${id}`}>
              {format(kpi.previous?.value)}
            </Table.Td>
            <Table.Td className="num">
              <ChangeIndicator relative={row.relative} change={kpi.change} unit={kpi.result?.unit} direction={row.direction} previous={format(kpi.previous?.value)} testId={`dash-change-${id}`} />
            </Table.Td>
            <Table.Td className="num" data-testid={`dash-target-${id}`}>
              {kpi.target ? format(kpi.target.target) : <span className="muted">—</span>}
            </Table.Td>
            <Table.Td>{kpi.target ? <AttainmentBar attainment={kpi.target.attainment} met={kpi.target.met} testId={`attainment-${id}`} /> : <span className="muted">—</span>}</Table.Td>
            <Table.Td className="dash-trend">
              <MiniTrend workspaceId={workspaceId} metricId={id} name={name} unit={unit} currency={currency} period={period} colourVar={colourVar} />
            </Table.Td>
          </>
        )}
        <Table.Td className="dash-actions">
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
            data-testid={`set-target-${id}`}
            aria-label={t('dashboards.target.formLabel', { kpi: name })}
          >
            {kpi.target ? t('dashboards.target.change') : t('dashboards.target.set')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {editing && (
        <Table.Tr className="dash-target-row">
          <Table.Td colSpan={columns}>
            <TargetForm workspaceId={workspaceId} metricId={id} name={name} unit={unit} currency={currency} period={period} current={kpi.target?.target} onDone={() => setEditing(false)} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
