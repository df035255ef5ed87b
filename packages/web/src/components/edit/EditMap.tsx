import type { OrgMapResponse } from '@marketops/contracts';
import { CentreEditor } from './CentreEditor';
import { ChannelRules } from './ChannelRules';
import { DepartmentEditor } from './DepartmentEditor';
import { ReportingSettings } from './ReportingSettings';
import { MetricSettings } from './MetricSettings';
import { WorkspaceSettings } from './WorkspaceSettings';
import { WriteKeys } from './WriteKeys';

/** The map editor: departments first (the usual edit), then centres, then the workspace itself, its reporting, metric and channel settings and its write keys. */
export function EditMap({ map }: { map: OrgMapResponse }) {
  return (
    <div className="edit-map" data-testid="edit-map">
      <DepartmentEditor map={map} />
      <CentreEditor map={map} />
      <WorkspaceSettings key={map.workspace.id} map={map} />
      <ReportingSettings workspaceId={map.workspace.id} />
      <MetricSettings workspaceId={map.workspace.id} />
      <ChannelRules workspaceId={map.workspace.id} />
      <WriteKeys workspaceId={map.workspace.id} />
    </div>
  );
}
