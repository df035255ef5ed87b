import type { CatalogResponse, OrgMapResponse, WorkspaceSettingsDto } from '@marketops/contracts';

/** What every explorer is given: the workspace, its reporting settings (time zone, currency), the catalog and the map. */
export interface ExplorerProps {
  workspaceId: string;
  settings: WorkspaceSettingsDto;
  catalog: CatalogResponse;
  map: OrgMapResponse;
}
