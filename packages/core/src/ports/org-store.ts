import type { OrgMap, VersionedOrgMap, Workspace } from '../org/model';

export interface WorkspaceSummary extends Workspace {
  readonly version: number;
  readonly departmentCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/**
 * Relational storage of organisation maps. Implemented once in SQL for PostgreSQL and run on two
 * drivers (embedded PGlite, a PostgreSQL server); one contract suite runs against both.
 *
 * Every method that writes does so in one transaction: a failed write leaves nothing behind.
 * The store does not validate maps (the core does, before saving); it enforces only identity:
 * unknown workspace, duplicate workspace, version conflicts.
 */
export interface OrgStore {
  listWorkspaces(): Promise<WorkspaceSummary[]>;
  /** Returns null when the workspace does not exist. */
  getOrgMap(workspaceId: string): Promise<VersionedOrgMap | null>;
  /** Stores a new workspace with its map at version 1. Throws WORKSPACE_EXISTS. */
  createWorkspace(map: OrgMap): Promise<VersionedOrgMap>;
  /**
   * Replaces the workspace's whole map if its stored version is still `expectedVersion`, and
   * returns the new version. Throws WORKSPACE_NOT_FOUND or VERSION_CONFLICT (nothing written).
   */
  saveOrgMap(map: OrgMap, expectedVersion: number): Promise<VersionedOrgMap>;
  /** Throws WORKSPACE_NOT_FOUND. */
  deleteWorkspace(workspaceId: string): Promise<void>;
  close(): Promise<void>;
}
