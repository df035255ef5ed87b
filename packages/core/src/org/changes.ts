import { DomainError } from '../errors';
import type { Assignment, Centre, Department, OrgMap, Workspace } from './model';

/**
 * Edits of an org map, as values. `applyOrgChange` returns a new map and never mutates; the
 * caller validates the result with `validateOrgMap` before storing it, so every edit is checked
 * by the same rules as an imported file.
 */
export type OrgChange =
  | { readonly kind: 'update-workspace'; readonly patch: Partial<Pick<Workspace, 'name' | 'description'>> }
  | { readonly kind: 'add-centre'; readonly centre: Centre }
  | { readonly kind: 'update-centre'; readonly centreId: string; readonly patch: Partial<Omit<Centre, 'id'>> }
  | { readonly kind: 'remove-centre'; readonly centreId: string }
  | { readonly kind: 'add-department'; readonly department: Department }
  | { readonly kind: 'update-department'; readonly departmentId: string; readonly patch: Partial<Omit<Department, 'id'>> }
  | { readonly kind: 'remove-department'; readonly departmentId: string }
  | { readonly kind: 'set-assignment'; readonly assignment: Assignment }
  | { readonly kind: 'remove-assignment'; readonly departmentId: string; readonly functionId: string };

export function applyOrgChange(map: OrgMap, change: OrgChange): OrgMap {
  switch (change.kind) {
    case 'update-workspace':
      return { ...map, workspace: { ...map.workspace, ...change.patch } };
    case 'add-centre':
      return { ...map, centres: [...map.centres, change.centre] };
    case 'update-centre':
      requireCentre(map, change.centreId);
      return { ...map, centres: map.centres.map((c) => (c.id === change.centreId ? { ...c, ...change.patch } : c)) };
    case 'remove-centre': {
      // Why: removing a unit must not orphan what hung from it; children move up one level.
      const removed = requireCentre(map, change.centreId);
      return {
        ...map,
        centres: map.centres
          .filter((c) => c.id !== removed.id)
          .map((c) => (c.parentId === removed.id ? { ...c, parentId: removed.parentId } : c)),
        departments: map.departments.map((d) => (d.centreId === removed.id ? { ...d, centreId: removed.parentId } : d)),
      };
    }
    case 'add-department':
      return { ...map, departments: [...map.departments, change.department] };
    case 'update-department':
      requireDepartment(map, change.departmentId);
      return { ...map, departments: map.departments.map((d) => (d.id === change.departmentId ? { ...d, ...change.patch } : d)) };
    case 'remove-department':
      requireDepartment(map, change.departmentId);
      return {
        ...map,
        departments: map.departments.filter((d) => d.id !== change.departmentId),
        assignments: map.assignments.filter((a) => a.departmentId !== change.departmentId),
      };
    case 'set-assignment': {
      requireDepartment(map, change.assignment.departmentId);
      const { departmentId, functionId } = change.assignment;
      const exists = map.assignments.some((a) => a.departmentId === departmentId && a.functionId === functionId);
      return {
        ...map,
        assignments: exists
          ? map.assignments.map((a) => (a.departmentId === departmentId && a.functionId === functionId ? change.assignment : a))
          : [...map.assignments, change.assignment],
      };
    }
    case 'remove-assignment': {
      requireDepartment(map, change.departmentId);
      const kept = map.assignments.filter((a) => !(a.departmentId === change.departmentId && a.functionId === change.functionId));
      if (kept.length === map.assignments.length) {
        throw new DomainError('ASSIGNMENT_NOT_FOUND', `department "${change.departmentId}" holds no function "${change.functionId}"`);
      }
      return { ...map, assignments: kept };
    }
  }
}

function requireCentre(map: OrgMap, id: string): Centre {
  const centre = map.centres.find((c) => c.id === id);
  if (!centre) throw new DomainError('CENTRE_NOT_FOUND', `centre "${id}" does not exist in workspace "${map.workspace.id}"`);
  return centre;
}

function requireDepartment(map: OrgMap, id: string): Department {
  const department = map.departments.find((d) => d.id === id);
  if (!department) throw new DomainError('DEPARTMENT_NOT_FOUND', `department "${id}" does not exist in workspace "${map.workspace.id}"`);
  return department;
}
