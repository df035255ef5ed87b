import {
  applyOrgChange,
  CATALOG,
  checkResponsibilities,
  DomainError,
  validateOrgMap,
  type OrgChange,
  type OrgMap,
  type OrgPaths,
  type OrgStore,
  type ResponsibilityReport,
  type VersionedOrgMap,
  type WorkspaceSummary,
} from '@marketops/core';
import type { Logger } from '../logging/logger';
import { KeyedLock } from './keyed-lock';
import type { TemplateLibrary } from './templates';

export interface OrgServiceDeps {
  readonly store: OrgStore;
  readonly templates: TemplateLibrary;
  readonly logger: Logger;
}

/** How many times an edit without an expected version is re-applied after a concurrent write. */
const MAX_REAPPLY = 3;

/**
 * The application service for workspaces and their organisation maps. Every write path goes
 * load -> apply (pure) -> validate (pure) -> save (one transaction, optimistic version check), so
 * an edit from the UI, an API call and an imported file obey the same rules.
 */
export class OrgService {
  private readonly writes = new KeyedLock();

  constructor(private readonly deps: OrgServiceDeps) {}

  listWorkspaces(): Promise<WorkspaceSummary[]> {
    return this.deps.store.listWorkspaces();
  }

  /** @throws DomainError WORKSPACE_NOT_FOUND */
  async getMap(workspaceId: string): Promise<VersionedOrgMap> {
    const found = await this.deps.store.getOrgMap(workspaceId);
    if (!found) throw new DomainError('WORKSPACE_NOT_FOUND', `workspace "${workspaceId}" does not exist`);
    return found;
  }

  /** Creates a workspace from a validated-or-not map; `paths` names fields in the caller's input. */
  async createWorkspace(map: OrgMap, paths?: OrgPaths): Promise<VersionedOrgMap> {
    assertValid(map, paths);
    const created = await this.deps.store.createWorkspace(map);
    this.deps.logger.info({ workspaceId: map.workspace.id, departments: map.departments.length }, 'workspace created');
    return created;
  }

  /** Creates a workspace from a built-in template, optionally under another id and name. */
  async createFromTemplate(templateId: string, overrides: { id?: string; name?: string } = {}): Promise<VersionedOrgMap> {
    const template = await this.deps.templates.get(templateId);
    const map: OrgMap = {
      ...template,
      workspace: { ...template.workspace, id: overrides.id ?? template.workspace.id, name: overrides.name ?? template.workspace.name },
    };
    return this.createWorkspace(map, { ...prefixPaths('template'), workspace: (field) => field });
  }

  /** Replaces a workspace's whole map (import). The map's workspace id must match. */
  async replaceMap(workspaceId: string, map: OrgMap, expectedVersion?: number, paths?: OrgPaths): Promise<VersionedOrgMap> {
    if (map.workspace.id !== workspaceId) {
      throw new DomainError('VALIDATION_FAILED', `the file describes workspace "${map.workspace.id}", not "${workspaceId}"`, [
        { path: paths?.workspace('id') ?? 'workspace.id', code: 'VALIDATION_FAILED', message: `expected "${workspaceId}"` },
      ]);
    }
    assertValid(map, paths);
    return this.writes.run(workspaceId, async () => {
      const current = await this.getMap(workspaceId);
      return this.deps.store.saveOrgMap(map, expectedVersion ?? current.version);
    });
  }

  /**
   * Applies one edit. With `expectedVersion`, a stale version fails with VERSION_CONFLICT; without
   * it, the edit is re-applied to the fresh map when another writer got there first.
   */
  change(workspaceId: string, change: OrgChange, expectedVersion?: number): Promise<VersionedOrgMap> {
    return this.writes.run(workspaceId, () => this.applyChange(workspaceId, change, expectedVersion));
  }

  private async applyChange(workspaceId: string, change: OrgChange, expectedVersion?: number): Promise<VersionedOrgMap> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.getMap(workspaceId);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new DomainError('VERSION_CONFLICT', `workspace "${workspaceId}" is at version ${current.version}, not ${expectedVersion}: reload and retry`);
      }
      const next = applyOrgChange(current.map, change);
      assertValid(next);
      try {
        return await this.deps.store.saveOrgMap(next, current.version);
      } catch (error) {
        const retriable = error instanceof DomainError && error.code === 'VERSION_CONFLICT' && expectedVersion === undefined;
        if (!retriable || attempt >= MAX_REAPPLY) throw error;
      }
    }
  }

  async check(workspaceId: string): Promise<{ report: ResponsibilityReport; version: number }> {
    const { map, version } = await this.getMap(workspaceId);
    return { report: checkResponsibilities(map, CATALOG), version };
  }

  async deleteWorkspace(workspaceId: string): Promise<void> {
    await this.deps.store.deleteWorkspace(workspaceId);
    this.deps.logger.info({ workspaceId }, 'workspace deleted');
  }

  /** Loads every built-in template that is not yet a workspace. Returns the ids created. */
  async seedDemo(): Promise<string[]> {
    const existing = new Set((await this.listWorkspaces()).map((w) => w.id));
    const created: string[] = [];
    for (const template of await this.deps.templates.list()) {
      if (existing.has(template.id)) continue;
      try {
        await this.createFromTemplate(template.id);
        created.push(template.id);
      } catch (error) {
        // Why: two servers started at once on one PostgreSQL may both seed; the loser's duplicate is harmless.
        if (!(error instanceof DomainError && error.code === 'WORKSPACE_EXISTS')) throw error;
      }
    }
    return created;
  }
}

function assertValid(map: OrgMap, paths?: OrgPaths): void {
  const issues = validateOrgMap(map, CATALOG, paths);
  if (issues.length > 0) {
    throw new DomainError(issues[0]!.code, issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  }
}

/** Paths into a nested input object, e.g. `map.departments.0.name`. */
export function prefixPaths(prefix: string, inner?: OrgPaths): OrgPaths {
  const base: OrgPaths = inner ?? {
    workspace: (f) => `workspace.${f}`,
    centre: (i, f) => `centres.${i}.${f}`,
    department: (i, f) => `departments.${i}.${f}`,
    assignment: (i, f) => `assignments.${i}.${f}`,
  };
  return {
    workspace: (f) => `${prefix}.${base.workspace(f)}`,
    centre: (i, f) => `${prefix}.${base.centre(i, f)}`,
    department: (i, f) => `${prefix}.${base.department(i, f)}`,
    assignment: (i, f) => `${prefix}.${base.assignment(i, f)}`,
  };
}
