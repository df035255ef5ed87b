import { validWorkspaceSettings, type WorkspaceSettings, type WorkspaceSettingsStore } from '@marketops/core';

/** Reads and replaces a workspace's reporting settings; every value is checked before it is stored. */
export class WorkspaceSettingsService {
  constructor(private readonly store: WorkspaceSettingsStore) {}

  get(workspaceId: string): Promise<WorkspaceSettings> {
    return this.store.get(workspaceId);
  }

  /** @throws DomainError VALIDATION_FAILED naming each problem, WORKSPACE_NOT_FOUND */
  put(workspaceId: string, settings: WorkspaceSettings): Promise<WorkspaceSettings> {
    return this.store.put(workspaceId, validWorkspaceSettings(settings));
  }
}
