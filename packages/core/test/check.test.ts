import { describe, expect, it } from 'vitest';
import { checkResponsibilities } from '../src/org/check';
import type { Assignment, FunctionId } from '../src/index';
import { MINI_CATALOG, miniMap } from './fixtures';

const dept = (id: string) => ({ id, name: id, centreId: null, head: null });
const acc = (departmentId: string, functionId: FunctionId, label: string | null = null): Assignment => ({ departmentId, functionId, role: 'accountable', label, note: null });
const con = (departmentId: string, functionId: FunctionId): Assignment => ({ departmentId, functionId, role: 'contributing', label: null, note: null });

describe('checkResponsibilities (hand-computed on a five-function catalog)', () => {
  // Map: marketing holds new-media + sales (mixed), brand-dept holds brand + new-media (overlap),
  // ops contributes to user-ops only. Nobody is accountable for user-ops or pr.
  const map = miniMap({
    departments: [dept('marketing'), dept('brand-dept'), dept('ops')],
    assignments: [
      acc('marketing', 'new-media', 'self-media'),
      acc('marketing', 'sales'),
      acc('brand-dept', 'brand'),
      acc('brand-dept', 'new-media'),
      con('ops', 'user-ops'),
    ],
  });
  const report = checkResponsibilities(map , MINI_CATALOG);

  it('finds the functions with no accountable department, with their contributors', () => {
    expect(report.gaps).toEqual([
      { functionId: 'user-ops', contributors: ['ops'] },
      { functionId: 'pr', contributors: [] },
    ]);
  });

  it('finds functions with two accountable departments, in map order', () => {
    expect(report.overlaps).toEqual([{ functionId: 'new-media', departmentIds: ['marketing', 'brand-dept'] }]);
  });

  it('flags a department holding awareness and conversion work, but not strategic + awareness', () => {
    expect(report.mixed).toEqual([{ departmentId: 'marketing', awareness: ['new-media'], conversion: ['sales'] }]);
  });

  it('lists the KPIs each department answers for, marking shared ones', () => {
    expect(report.departmentKpis).toEqual([
      {
        departmentId: 'marketing',
        accountable: [
          { functionId: 'new-media', role: 'accountable', shared: true, kpiIds: ['new-media.reach', 'new-media.cost-per-contact'] },
          { functionId: 'sales', role: 'accountable', shared: false, kpiIds: ['sales.transaction-rate'] },
        ],
        contributing: [],
      },
      {
        departmentId: 'brand-dept',
        accountable: [
          { functionId: 'brand', role: 'accountable', shared: false, kpiIds: ['brand.awareness'] },
          { functionId: 'new-media', role: 'accountable', shared: true, kpiIds: ['new-media.reach', 'new-media.cost-per-contact'] },
        ],
        contributing: [],
      },
      {
        departmentId: 'ops',
        accountable: [],
        contributing: [{ functionId: 'user-ops', role: 'contributing', shared: false, kpiIds: ['user-ops.retention-rate'] }],
      },
    ]);
  });

  it('reports labels that differ from every catalog name as aliases', () => {
    expect(report.aliases).toEqual([{ departmentId: 'marketing', functionId: 'new-media', label: 'self-media' }]);
  });

  it('summarises: 5 functions, 2 clearly owned (brand, sales), 2 gaps, 1 overlap, 1 mixed', () => {
    expect(report.summary).toEqual({ functions: 5, clearlyOwned: 2, gaps: 2, overlaps: 1, mixedDepartments: 1 });
  });

  it('an empty map has every function as a gap and nothing else', () => {
    const empty = checkResponsibilities(miniMap(), MINI_CATALOG);
    expect(empty.gaps.map((g) => g.functionId)).toEqual(['brand', 'new-media', 'sales', 'user-ops', 'pr']);
    expect(empty.overlaps).toEqual([]);
    expect(empty.mixed).toEqual([]);
    expect(empty.summary.clearlyOwned).toBe(0);
  });

  it('a contributing role never counts as ownership or as an overlap', () => {
    const r = checkResponsibilities(
      miniMap({ departments: [dept('a'), dept('b')], assignments: [acc('a', 'pr'), con('b', 'pr')] }),
      MINI_CATALOG,
    );
    expect(r.overlaps).toEqual([]);
    expect(r.gaps.map((g) => g.functionId)).not.toContain('pr');
  });

  it('a label equal to the catalog name in any language is not an alias', () => {
    const r = checkResponsibilities(
      miniMap({ departments: [dept('a')], assignments: [acc('a', 'pr', 'PR (zh)'), acc('a', 'brand', 'BRAND')] }),
      MINI_CATALOG,
    );
    expect(r.aliases).toEqual([{ departmentId: 'a', functionId: 'pr', label: 'PR (zh)' }]);
  });
});
