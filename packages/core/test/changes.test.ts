import { describe, expect, it } from 'vitest';
import { applyOrgChange } from '../src/org/changes';
import { DomainError } from '../src/errors';
import { miniMap } from './fixtures';

const base = miniMap({
  centres: [{ id: 'top', name: 'Top', parentId: null }, { id: 'mid', name: 'Mid', parentId: 'top' }, { id: 'low', name: 'Low', parentId: 'mid' }],
  departments: [{ id: 'd', name: 'D', centreId: 'mid', head: null }],
  assignments: [{ departmentId: 'd', functionId: 'pr', role: 'accountable', label: null, note: null }],
});

describe('applyOrgChange', () => {
  it('removing a centre moves its departments and sub-centres up one level', () => {
    const next = applyOrgChange(base, { kind: 'remove-centre', centreId: 'mid' });
    expect(next.centres).toEqual([{ id: 'top', name: 'Top', parentId: null }, { id: 'low', name: 'Low', parentId: 'top' }]);
    expect(next.departments[0]?.centreId).toBe('top');
  });

  it('removing a department removes its assignments', () => {
    const next = applyOrgChange(base, { kind: 'remove-department', departmentId: 'd' });
    expect(next.departments).toEqual([]);
    expect(next.assignments).toEqual([]);
  });

  it('set-assignment replaces the same department+function instead of adding a second', () => {
    const next = applyOrgChange(base, { kind: 'set-assignment', assignment: { departmentId: 'd', functionId: 'pr', role: 'contributing', label: 'x', note: null } });
    expect(next.assignments).toEqual([{ departmentId: 'd', functionId: 'pr', role: 'contributing', label: 'x', note: null }]);
  });

  it('edits of unknown entities fail with a typed not-found error, and never mutate the input', () => {
    const snapshot = JSON.stringify(base);
    expect(() => applyOrgChange(base, { kind: 'remove-department', departmentId: 'nope' })).toThrowError(DomainError);
    expect(() => applyOrgChange(base, { kind: 'remove-assignment', departmentId: 'd', functionId: 'brand' })).toThrow(/holds no function/);
    try {
      applyOrgChange(base, { kind: 'update-centre', centreId: 'nope', patch: { name: 'x' } });
    } catch (e) {
      expect((e as DomainError).code).toBe('CENTRE_NOT_FOUND');
    }
    applyOrgChange(base, { kind: 'add-department', department: { id: 'e', name: 'E', centreId: null, head: null } });
    expect(JSON.stringify(base)).toBe(snapshot);
  });
});
