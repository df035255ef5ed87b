import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, FunctionDto, OrgMapResponse } from '@marketops/contracts';
import { useDepartmentKpis, useMetricDefinitions } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { downloadCsv, exportFileName, toCsv } from '../analytics/csv';
import type { Period } from '../analytics/period';
import { ownershipOf } from './chain';
import { CSV_COLUMNS, dashboardCsvRows, groupDashboard } from './dashboardRows';
import type { DashboardRow } from './dashboardRows';
import { KpiRow } from './KpiRow';

interface Props {
  workspaceId: string;
  department: OrgMapResponse['departments'][number];
  catalog: CatalogResponse;
  map: OrgMapResponse;
  period: Period;
  /** The workspace settings are known (the period is in its time zone). */
  ready: boolean;
  currency: string | undefined;
}

const COLUMNS = 8;

/**
 * One department's dashboard: every KPI of the functions it is accountable for, grouped by
 * function, from `GET /departments/{dep}/kpis`; a reassignment in the matrix refetches it.
 */
export function KpiDashboard({ workspaceId, department, catalog, map, period, ready, currency }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const kpis = useDepartmentKpis(workspaceId, department.id, { from: period.from, to: period.to, compare: true }, ready);
  const definitions = useMetricDefinitions();
  const functions = new Map<string, FunctionDto>(catalog.functions.map((f) => [f.id, f]));
  const fnName = (id: string) => {
    const fn = functions.get(id);
    return fn ? pick(fn.name) : id;
  };
  const orientationName = (id: string) => {
    const o = catalog.orientations.find((x) => x.id === id);
    return o ? pick(o.name) : id;
  };
  const kpiName = (row: DashboardRow) => (row.definition ? pick(row.definition.name) : row.kpi.metricId);
  const contributing = map.assignments.filter((a) => a.departmentId === department.id && a.role === 'contributing');

  const error = kpis.error ?? definitions.error;
  const notice = error && (
    <ErrorNotice
      error={error}
      action="load"
      onRetry={() => {
        void kpis.refetch();
        void definitions.refetch();
      }}
    />
  );
  // Why the notice stays beside the last numbers: a failed refresh must be seen, not hide what was loaded.
  if (!kpis.data || !definitions.data) return notice || <Loading />;

  const groups = groupDashboard(kpis.data.kpis, definitions.data, currency);
  const save = () => {
    const header = CSV_COLUMNS.map((c) => t(`dashboards.csv.${c}`));
    const rows = dashboardCsvRows(groups, { fn: fnName, kpi: kpiName });
    downloadCsv(toCsv(header, rows), exportFileName([department.name, workspaceId, `${period.from}:${period.to}`], 'csv'));
  };
  const kpiCount = groups.reduce((n, g) => n + g.rows.length, 0);

  return (
    <div className="dashboard" data-testid={`dashboard-${department.id}`} aria-busy={kpis.isFetching}>
      {notice}
      <div className="dashboard-head">
        <p className="muted small" data-testid="dashboard-summary">
          {t('dashboards.kpiCount', { count: kpiCount })} · {t('dashboards.functionCount', { count: groups.length })}
        </p>
        {groups.length > 0 && (
          <Anchor component="button" type="button" size="xs" onClick={save} data-testid="dashboard-csv">
            {t('analytics.export.csv')}
          </Anchor>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="empty" data-testid="dashboard-nothing">
          {t('dashboards.nothingAccountable', { department: department.name })}{' '}
          <Link href={workspacePath(workspaceId, 'matrix')}>{t('dashboards.openMatrix')}</Link>
        </p>
      ) : (
        <div className="dashboard-scroll">
          <Table className="data-table dashboard-table" withTableBorder>
            <caption className="visually-hidden">{t('dashboards.caption', { department: department.name })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.col.kpi')}</Table.Th>
                <Table.Th scope="col" className="num">
                  {t('dashboards.col.value')}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {t('dashboards.col.previous')}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {t('dashboards.col.change')}
                </Table.Th>
                <Table.Th scope="col" className="num">
                  {t('dashboards.col.target')}
                </Table.Th>
                <Table.Th scope="col">{t('dashboards.col.attainment')}</Table.Th>
                <Table.Th scope="col">{t('dashboards.col.trend')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('dashboards.col.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            {groups.map((group) => {
              const fn = functions.get(group.functionId);
              const orientation = fn?.orientation ?? 'strategic';
              const others = ownershipOf(map, group.functionId).accountable.filter((d) => d.id !== department.id);
              return (
                <Table.Tbody key={group.functionId} className={`dash-group orient-${orientation}`} data-testid={`dash-function-${group.functionId}`}>
                  <Table.Tr className="dash-group-head">
                    <Table.Th scope="rowgroup" colSpan={COLUMNS}>
                      <span className={`orient-dot orient-${orientation}`} aria-hidden="true" />
                      {fnName(group.functionId)}
                      <span className="muted small"> · {orientationName(orientation)}</span>
                      {group.shared && (
                        <Badge size="sm" color="red" className="finding-badge" data-testid={`dash-shared-${group.functionId}`}>
                          <span aria-hidden="true">⚠ </span>
                          {others.length > 0 ? t('dashboards.sharedWith', { departments: others.map((d) => d.name).join(t('common.listSeparator')) }) : t('overview.owner.shared')}
                        </Badge>
                      )}
                    </Table.Th>
                  </Table.Tr>
                  {group.rows.map((row) => (
                    <KpiRow key={row.kpi.metricId} workspaceId={workspaceId} row={row} name={kpiName(row)} period={period} colourVar={`--o-${orientation}`} columns={COLUMNS} />
                  ))}
                </Table.Tbody>
              );
            })}
          </Table>
        </div>
      )}
      {contributing.length > 0 && (
        <p className="muted small dashboard-contributes">
          {t('dashboards.contributesTo', { functions: contributing.map((a) => fnName(a.functionId)).join(t('common.listSeparator')) })}
        </p>
      )}
    </div>
  );
}
