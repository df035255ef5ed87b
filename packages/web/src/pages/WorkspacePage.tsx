import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { useCatalog, useCheck, useHasEvents, useMetricDefinitions, useOrgMap, useWorkspaceSettings } from '../api/queries';
import { ErrorNotice } from '../components/common/ErrorNotice';
import { Loading } from '../components/common/Loading';
import { FindingsPanel } from '../components/findings/FindingsPanel';
import { SummaryCounts } from '../components/findings/SummaryCounts';
import { ResponsibilityMatrix } from '../components/matrix/ResponsibilityMatrix';
import { MatrixLegend } from '../components/matrix/MatrixLegend';
import { ViewTabs } from '../components/layout/ViewTabs';
import { ValueChainOverview } from '../components/insight/ValueChainOverview';
import { DepartmentDashboards } from '../components/insight/DepartmentDashboards';
import { WorkspaceHeader } from '../components/layout/WorkspaceHeader';
import type { View } from '../routing/route';
import { useNames } from '../state/names';
import { NotFoundPage } from './NotFoundPage';
import type { CatalogResponse, CheckResponse, OrgMapResponse } from '@marketops/contracts';

/**
 * Views a newcomer does not open first, each a chunk of its own. Why: the first screen (the
 * overview, a department's dashboard) is ready once the browser has parsed and run the scripts it
 * needs; code for the explorers, the editor and the charts of the map is parse time for nothing
 * there. They load when opened (a fraction of a second on first use, from the cache after).
 */
const DepartmentKpis = lazy(() => import('../components/kpis/DepartmentKpis').then((m) => ({ default: m.DepartmentKpis })));
const EditMap = lazy(() => import('../components/edit/EditMap').then((m) => ({ default: m.EditMap })));
const OrgChart = lazy(() => import('../components/chart/OrgChart').then((m) => ({ default: m.OrgChart })));
const Explorers = lazy(() => import('../components/explore/Explorers').then((m) => ({ default: m.Explorers })));

const TITLE_KEYS = {
  overview: 'overview.title',
  dashboards: 'dashboards.title',
  explore: 'explore.title',
  matrix: 'matrix.title',
  chart: 'chart.title',
  kpis: 'kpis.title',
  edit: 'edit.title',
} as const;

interface ViewProps {
  workspaceId: string;
  view: View;
  /** The department of a dashboard, the kind of an explorer. */
  sub: string | undefined;
  catalog: CatalogResponse;
  map: OrgMapResponse;
  check: CheckResponse | undefined;
  checkUpdating: boolean;
}

function WorkspaceView({ workspaceId, view, sub, catalog, map, check, checkUpdating }: ViewProps) {
  const { t } = useTranslation();
  const names = useNames(catalog, map);
  if (view === 'overview') return <ValueChainOverview workspaceId={workspaceId} catalog={catalog} map={map} />;
  if (view === 'dashboards') return <DepartmentDashboards workspaceId={workspaceId} departmentId={sub} catalog={catalog} map={map} />;
  if (view === 'explore') return <Explorers workspaceId={workspaceId} kind={sub} catalog={catalog} map={map} />;
  if (view === 'chart') return <OrgChart catalog={catalog} map={map} check={check} />;
  if (view === 'kpis') return <DepartmentKpis catalog={catalog} map={map} check={check} />;
  if (view === 'edit') return <EditMap map={map} />;
  return (
    <div className="matrix-view">
      <p className="muted intro">{t('matrix.intro')}</p>
      {check && <SummaryCounts summary={check.summary} updating={checkUpdating} />}
      <ResponsibilityMatrix catalog={catalog} map={map} check={check} />
      <MatrixLegend catalog={catalog} />
      <FindingsPanel check={check} names={names} />
    </div>
  );
}

/** `/w/:workspace/:view[/:sub]`: loads the catalog, the map and the check, then shows one view. */
export function WorkspacePage({ workspaceId, view, sub }: { workspaceId: string; view: View; sub?: string }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const map = useOrgMap(workspaceId);
  // Why only there: the check (gaps, overlaps) is computed per request and only these views show it;
  // the views with numbers should not wait behind it on the server.
  const check = useCheck(workspaceId, view === 'matrix' || view === 'chart' || view === 'kpis');
  // Why here: the views with numbers need the time zone (their period) and whether there are events
  // before they ask for numbers; asking now, beside the map, saves a round trip of the first render.
  useWorkspaceSettings(workspaceId);
  useHasEvents(workspaceId);
  useMetricDefinitions(view === 'dashboards');
  const workspaceName = map.data?.workspace.name;
  const viewTitle = t(TITLE_KEYS[view]);
  useEffect(() => {
    document.title = [viewTitle, workspaceName, 'MarketOps'].filter(Boolean).join(' · ');
  }, [viewTitle, workspaceName]);

  if (map.error instanceof ApiError && map.error.status === 404) {
    return <NotFoundPage message={t('workspace.notFound', { id: workspaceId })} />;
  }
  const error = catalog.error ?? map.error;
  if (error) {
    return (
      <ErrorNotice
        error={error}
        action="load"
        onRetry={() => {
          void catalog.refetch();
          void map.refetch();
        }}
      />
    );
  }
  if (!catalog.data || !map.data) return <Loading />;

  return (
    <>
      <WorkspaceHeader map={map.data} />
      <ViewTabs workspaceId={workspaceId} view={view} />
      <section className="view" aria-labelledby="view-title">
        <h2 id="view-title" className="view-title">
          {viewTitle}
        </h2>
        {check.error && <ErrorNotice error={check.error} action="load" onRetry={() => void check.refetch()} />}
        <Suspense fallback={<Loading />}>
          <WorkspaceView workspaceId={workspaceId} view={view} sub={sub} catalog={catalog.data} map={map.data} check={check.data} checkUpdating={check.isFetching} />
        </Suspense>
      </section>
    </>
  );
}
