import type { ResponsibilityReport, VersionedOrgMap, WorkspaceSummary } from '@marketops/core';
import type { CheckResponse, OrgMapResponse, WorkspaceSummaryDto } from '@marketops/contracts';

/** Domain values to response bodies: explicit, so storage rows and internals never leak out. */
export function presentOrgMap({ map, version }: VersionedOrgMap): OrgMapResponse {
  return {
    workspace: { id: map.workspace.id, name: map.workspace.name, description: map.workspace.description },
    centres: map.centres.map((c) => ({ id: c.id, name: c.name, parentId: c.parentId })),
    departments: map.departments.map((d) => ({ id: d.id, name: d.name, centreId: d.centreId, head: d.head })),
    assignments: map.assignments.map((a) => ({ departmentId: a.departmentId, functionId: a.functionId, role: a.role, label: a.label, note: a.note })),
    version,
  };
}

export function presentWorkspaceSummary(w: WorkspaceSummary): WorkspaceSummaryDto {
  return {
    id: w.id,
    name: w.name,
    description: w.description,
    version: w.version,
    departmentCount: w.departmentCount,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

export function presentCheck(workspaceId: string, version: number, report: ResponsibilityReport): CheckResponse {
  return {
    workspaceId,
    version,
    gaps: report.gaps.map((g) => ({ functionId: g.functionId, contributors: [...g.contributors] })),
    overlaps: report.overlaps.map((o) => ({ functionId: o.functionId, departmentIds: [...o.departmentIds] })),
    mixed: report.mixed.map((m) => ({ departmentId: m.departmentId, awareness: [...m.awareness], conversion: [...m.conversion] })),
    aliases: report.aliases.map((a) => ({ departmentId: a.departmentId, functionId: a.functionId, label: a.label })),
    departmentKpis: report.departmentKpis.map((d) => ({
      departmentId: d.departmentId,
      accountable: d.accountable.map((h) => ({ ...h, kpiIds: [...h.kpiIds] })),
      contributing: d.contributing.map((h) => ({ ...h, kpiIds: [...h.kpiIds] })),
    })),
    summary: { ...report.summary },
  };
}
