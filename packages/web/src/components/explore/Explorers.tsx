import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, OrgMapResponse } from '@marketops/contracts';
import { useHasEvents, useWorkspaceSettings } from '../../api/queries';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { EmptyWorkspaceGuide } from '../analytics/EmptyWorkspaceGuide';
import { AttributionExplorer } from './AttributionExplorer';
import { ExploreNav } from './ExploreNav';
import { FunnelExplorer } from './FunnelExplorer';
import { NameLists } from './NameLists';
import { ReachExplorer } from './ReachExplorer';
import { RetentionExplorer } from './RetentionExplorer';
import { TrendExplorer } from './TrendExplorer';
import { resolveKind } from './kinds';
import type { ExplorerKind } from './kinds';
import type { ExplorerProps } from './types';

const EXPLORERS: Record<ExplorerKind, (props: ExplorerProps) => React.ReactNode> = {
  trend: TrendExplorer,
  funnel: FunnelExplorer,
  retention: RetentionExplorer,
  attribution: AttributionExplorer,
  reach: ReachExplorer,
};

interface Props {
  workspaceId: string;
  /** The explorer named by the path (`/w/{ws}/explore/{kind}`); the trend when none. */
  kind: string | undefined;
  catalog: CatalogResponse;
  map: OrgMapResponse;
}

/**
 * `/w/{ws}/explore[/{kind}]`: the sub-navigation and one explorer (trend, funnel, retention,
 * attribution, reach). Every choice lives in the URL, so a view is shared by its link. A
 * workspace without events shows how to send the first one instead of empty charts.
 */
export function Explorers({ workspaceId, kind, catalog, map }: Props) {
  const { t } = useTranslation();
  const resolved = resolveKind(kind);
  const settings = useWorkspaceSettings(workspaceId);
  const hasEvents = useHasEvents(workspaceId);
  const Explorer = EXPLORERS[resolved.kind];

  let body: React.ReactNode;
  if (settings.error) body = <ErrorNotice error={settings.error} action="load" onRetry={() => void settings.refetch()} />;
  else if (hasEvents.data === false) body = <EmptyWorkspaceGuide workspaceId={workspaceId} />;
  else if (!settings.data || hasEvents.isPending) body = <Loading />;
  else body = <Explorer key={resolved.kind} workspaceId={workspaceId} settings={settings.data} catalog={catalog} map={map} />;

  return (
    <div className="explore" data-testid={`explore-${resolved.kind}`}>
      <ExploreNav workspaceId={workspaceId} current={resolved.kind} />
      {resolved.unknown !== undefined && (
        <Alert color="amber" role="status" className="notice explore-note" data-testid="explore-unknown">
          {t('explore.unknownKind', { kind: resolved.unknown })}
        </Alert>
      )}
      {hasEvents.error && <ErrorNotice error={hasEvents.error} action="load" onRetry={() => void hasEvents.refetch()} />}
      <NameLists workspaceId={workspaceId} />
      {body}
    </div>
  );
}
