import { describe, expect, it } from 'vitest';
import { validateOrgMap } from '../src/org/validate';
import type { OrgMap } from '../src/org/model';
import { MINI_CATALOG, miniMap } from './fixtures';

const dept = (id: string, name = id, centreId: string | null = null) => ({ id, name, centreId, head: null });
const codes = (map: OrgMap) => validateOrgMap(map, MINI_CATALOG).map((i) => `${i.code}@${i.path}`);

describe('validateOrgMap', () => {
  it('accepts a well-formed map', () => {
    const map = miniMap({
      centres: [{ id: 'hq', name: 'HQ', parentId: null }, { id: 'mkt', name: 'Marketing centre', parentId: 'hq' }],
      departments: [dept('brand', 'Brand', 'mkt')],
      assignments: [{ departmentId: 'brand', functionId: 'brand', role: 'accountable', label: null, note: null }],
    });
    expect(validateOrgMap(map, MINI_CATALOG)).toEqual([]);
  });

  it('names an unknown function and suggests the closest id', () => {
    const map = miniMap({ departments: [dept('a')], assignments: [{ departmentId: 'a', functionId: 'new-meda' as never, role: 'accountable', label: null, note: null }] });
    const [issue] = validateOrgMap(map, MINI_CATALOG);
    expect(issue).toMatchObject({ code: 'ORG_FUNCTION_UNKNOWN', path: 'assignments.0.function' });
    expect(issue?.message).toContain('did you mean "new-media"');
  });

  it('rejects duplicate department ids and duplicate names (case and spaces ignored)', () => {
    expect(codes(miniMap({ departments: [dept('a', 'Sales'), dept('a', 'Other')] }))).toEqual(['ORG_DEPARTMENT_DUPLICATE@departments.1.id']);
    expect(codes(miniMap({ departments: [dept('a', 'Sales'), dept('b', ' sales ')] }))).toEqual(['ORG_DEPARTMENT_DUPLICATE@departments.1.name']);
  });

  it('reports a cycle of centres once, and a self-parented centre', () => {
    const cycle = miniMap({
      centres: [
        { id: 'a', name: 'A', parentId: 'c' },
        { id: 'b', name: 'B', parentId: 'a' },
        { id: 'c', name: 'C', parentId: 'b' },
      ],
    });
    const issues = validateOrgMap(cycle, MINI_CATALOG);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'ORG_CENTRE_CYCLE', path: 'centres.0.parent' });
    expect(issues[0]?.message).toBe('centres form a cycle: a -> c -> b -> a');
    expect(codes(miniMap({ centres: [{ id: 'x', name: 'X', parentId: 'x' }] }))).toEqual(['ORG_CENTRE_CYCLE@centres.0.parent']);
  });

  it('rejects references to undeclared centres and departments', () => {
    const map = miniMap({
      centres: [{ id: 'a', name: 'A', parentId: 'nowhere' }],
      departments: [dept('d', 'D', 'missing')],
      assignments: [{ departmentId: 'ghost', functionId: 'pr', role: 'accountable', label: null, note: null }],
    });
    expect(codes(map)).toEqual(['ORG_CENTRE_UNKNOWN@centres.0.parent', 'ORG_CENTRE_UNKNOWN@departments.0.centre', 'ORG_DEPARTMENT_UNKNOWN@assignments.0.department']);
  });

  it('rejects the same function twice in one department, and invalid ids', () => {
    const a = { departmentId: 'd', functionId: 'pr', role: 'accountable', label: null, note: null } as const;
    expect(codes(miniMap({ departments: [dept('d')], assignments: [a, { ...a, role: 'contributing' }] }))).toEqual(['ORG_ASSIGNMENT_DUPLICATE@assignments.1.function']);
    expect(codes(miniMap({ workspace: { id: 'Bad Id', name: 'x', description: null }, departments: [dept('-x')] }))).toEqual([
      'ORG_ID_INVALID@workspace.id',
      'ORG_ID_INVALID@departments.0.id',
    ]);
  });
});
