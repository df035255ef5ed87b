import { useTranslation } from 'react-i18next';
import type { CatalogResponse, OrgMapResponse } from '@marketops/contracts';
import { useHasEvents } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import { useSearch } from '../../routing/useSearch';
import { ErrorNotice } from '../common/ErrorNotice';
import { EmptyWorkspaceGuide } from '../analytics/EmptyWorkspaceGuide';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { formatDay } from '../analytics/format';
import { DepartmentTabs } from './DepartmentTabs';
import { KpiDashboard } from './KpiDashboard';
import { useInsightPeriod } from './useInsightPeriod';

interface Props {
  workspaceId: string;
  /** The department in the URL; without one, the map's first department. */
  departmentId: string | undefined;
  catalog: CatalogResponse;
  map: OrgMapResponse;
}

/**
 * `/w/{ws}/dashboards[/{dep}]`: one dashboard per department, assembled from the org map, so
 * each department sees the numbers it answers for and nothing it does not.
 */
export function DepartmentDashboards({ workspaceId, departmentId, catalog, map }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { period: urlPeriod, problem, setPeriod, today, ready, settings, currency } = useInsightPeriod(workspaceId);
  const hasEvents = useHasEvents(workspaceId);
  const [search] = useSearch();
  // Why weeks unless the URL asks for days: each KPI's small trend is one request, and a month by
  // day costs the server five times as many buckets as by week, for a sparkline 160 pixels wide.
  const period = search.has('interval') ? urlPeriod : { ...urlPeriod, interval: 'week' as const };
  const changePeriod = (next: Partial<typeof period>) => setPeriod({ interval: period.interval, ...next });

  if (map.departments.length === 0) {
    return (
      <p className="empty" data-testid="dashboards-no-departments">
        {t('dashboards.noDepartments')} <Link href={workspacePath(workspaceId, 'edit')}>{t('nav.edit')}</Link>
      </p>
    );
  }
  const department = departmentId === undefined ? map.departments[0] : map.departments.find((d) => d.id === departmentId);

  return (
    <div className="dashboards" data-testid="dashboards">
      <p className="muted intro">{t('dashboards.intro')}</p>
      <DepartmentTabs workspaceId={workspaceId} map={map} current={department?.id} />
      {settings.error && <ErrorNotice error={settings.error} action="load" onRetry={() => void settings.refetch()} />}
      {hasEvents.error && <ErrorNotice error={hasEvents.error} action="load" onRetry={() => void hasEvents.refetch()} />}
      {!department ? (
        <p className="empty" role="alert" data-testid="dashboard-unknown">
          {t('dashboards.unknownDepartment', { id: departmentId })}
        </p>
      ) : hasEvents.data === false ? (
        <EmptyWorkspaceGuide workspaceId={workspaceId} />
      ) : (
        <>
          <div className="dashboard-toolbar">
            <h3 className="dashboard-title" data-testid="dashboard-title">
              {department.name}
            </h3>
            <PeriodPicker period={period} today={today} onChange={changePeriod} problem={problem} withInterval />
            <p className="muted small">
              {t('overview.period', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) })}
              {period.to >= today && ` ${t('overview.provisional')}`}
            </p>
          </div>
          <KpiDashboard key={department.id} workspaceId={workspaceId} department={department} catalog={catalog} map={map} period={period} ready={ready} currency={currency ?? undefined} />
        </>
      )}
    </div>
  );
}
