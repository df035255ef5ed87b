import type { Catalog } from '../catalog/types';
import type { Issue } from '../errors';
import { ID_PATTERN, type OrgMap } from './model';
import { closest } from '../text/closest';

/**
 * Where each entity of a map came from. The default points into the `OrgMap` shape; the file
 * reader passes paths into the file (`departments.1.duties.0.function`) so that issues name the
 * user's own field and line.
 */
export interface OrgPaths {
  workspace(field: string): string;
  centre(index: number, field: string): string;
  department(index: number, field: string): string;
  assignment(index: number, field: string): string;
}

export const defaultOrgPaths: OrgPaths = {
  workspace: (field) => `workspace.${field}`,
  centre: (i, field) => `centres.${i}.${field}`,
  department: (i, field) => `departments.${i}.${field}`,
  assignment: (i, field) => `assignments.${i}.${field}`,
};

const normaliseName = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Every structural problem of an org map, in input order. An empty list means the map may be
 * stored. Pure: no I/O.
 *
 * @example validateOrgMap(map, catalog).map((i) => `${i.path}: ${i.message}`)
 */
export function validateOrgMap(map: OrgMap, catalog: Catalog, paths: OrgPaths = defaultOrgPaths): Issue[] {
  const issues: Issue[] = [];
  const invalidId = (path: string, id: string) =>
    issues.push({ path, code: 'ORG_ID_INVALID', message: `"${id}" is not a valid id: use 1-64 lowercase letters, digits and inner hyphens` });

  if (!ID_PATTERN.test(map.workspace.id)) invalidId(paths.workspace('id'), map.workspace.id);
  if (map.workspace.name.trim() === '') issues.push({ path: paths.workspace('name'), code: 'VALIDATION_FAILED', message: 'the workspace needs a name' });

  const centreIds = new Map<string, number>();
  map.centres.forEach((c, i) => {
    if (!ID_PATTERN.test(c.id)) invalidId(paths.centre(i, 'id'), c.id);
    const first = centreIds.get(c.id);
    if (first !== undefined) {
      issues.push({ path: paths.centre(i, 'id'), code: 'ORG_CENTRE_DUPLICATE', message: `centre "${c.id}" is declared twice (first at ${paths.centre(first, 'id')})` });
    } else centreIds.set(c.id, i);
  });
  map.centres.forEach((c, i) => {
    if (c.parentId !== null && !centreIds.has(c.parentId)) {
      issues.push({ path: paths.centre(i, 'parent'), code: 'ORG_CENTRE_UNKNOWN', message: `parent centre "${c.parentId}" is not declared` });
    }
  });
  issues.push(...centreCycles(map, centreIds, paths));

  const departmentIds = new Map<string, number>();
  const departmentNames = new Map<string, number>();
  map.departments.forEach((d, i) => {
    if (!ID_PATTERN.test(d.id)) invalidId(paths.department(i, 'id'), d.id);
    if (d.name.trim() === '') issues.push({ path: paths.department(i, 'name'), code: 'VALIDATION_FAILED', message: 'a department needs a name' });
    const firstId = departmentIds.get(d.id);
    if (firstId !== undefined) {
      issues.push({ path: paths.department(i, 'id'), code: 'ORG_DEPARTMENT_DUPLICATE', message: `department "${d.id}" is declared twice (first at ${paths.department(firstId, 'id')})` });
    } else departmentIds.set(d.id, i);
    const firstName = departmentNames.get(normaliseName(d.name));
    if (firstName !== undefined && firstId === undefined) {
      issues.push({ path: paths.department(i, 'name'), code: 'ORG_DEPARTMENT_DUPLICATE', message: `a department named "${d.name}" already exists (${paths.department(firstName, 'name')})` });
    } else if (firstName === undefined) departmentNames.set(normaliseName(d.name), i);
    if (d.centreId !== null && !centreIds.has(d.centreId)) {
      issues.push({ path: paths.department(i, 'centre'), code: 'ORG_CENTRE_UNKNOWN', message: `centre "${d.centreId}" is not declared` });
    }
  });

  const functionIds = catalog.functions.map((f) => f.id as string);
  const seen = new Set<string>();
  map.assignments.forEach((a, i) => {
    if (!departmentIds.has(a.departmentId)) {
      issues.push({ path: paths.assignment(i, 'department'), code: 'ORG_DEPARTMENT_UNKNOWN', message: `department "${a.departmentId}" is not declared` });
    }
    if (!functionIds.includes(a.functionId)) {
      const hint = closest(a.functionId, functionIds);
      issues.push({
        path: paths.assignment(i, 'function'),
        code: 'ORG_FUNCTION_UNKNOWN',
        message: `"${a.functionId}" is not a function of the catalog${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
    const key = `${a.departmentId}\u0000${a.functionId}`;
    if (seen.has(key)) {
      issues.push({ path: paths.assignment(i, 'function'), code: 'ORG_ASSIGNMENT_DUPLICATE', message: `department "${a.departmentId}" holds "${a.functionId}" twice` });
    }
    seen.add(key);
  });
  return issues;
}

/** Reports each cycle of centre parents once, at the centre where the walk re-entered it. */
function centreCycles(map: OrgMap, centreIds: Map<string, number>, paths: OrgPaths): Issue[] {
  const parentOf = new Map(map.centres.map((c) => [c.id, c.parentId] as const));
  const reported = new Set<string>();
  const issues: Issue[] = [];
  for (const start of map.centres) {
    const trail: string[] = [];
    let current: string | null = start.id;
    while (current !== null && parentOf.has(current) && !trail.includes(current)) {
      trail.push(current);
      current = parentOf.get(current) ?? null;
    }
    if (current === null || !trail.includes(current)) continue;
    const cycle = trail.slice(trail.indexOf(current));
    const key = [...cycle].sort().join('|');
    if (reported.has(key)) continue;
    reported.add(key);
    const index = centreIds.get(current) ?? 0;
    issues.push({
      path: paths.centre(index, 'parent'),
      code: 'ORG_CENTRE_CYCLE',
      message: `centres form a cycle: ${[...cycle, current].join(' -> ')}`,
    });
  }
  return issues;
}
