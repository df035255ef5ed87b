import { describe, expect, it } from 'vitest';
import { CATALOG, checkResponsibilities } from '@marketops/core';
import { TEMPLATE_IDS, TemplateLibrary } from '../src/app/templates';

/**
 * The built-in templates are Company A, B and C exactly as SYSTEM.md lists them. These findings
 * are what SYSTEM.md reads out of them ("none of A's departments owns new media or content
 * operations; none of C's owns user operations or market research"; one department mixing
 * awareness and conversion work; functions owned twice), computed by hand from the mapping
 * notes in each template file.
 */
const library = new TemplateLibrary();
const check = async (id: string) => checkResponsibilities(await library.get(id), CATALOG);

describe('built-in templates', () => {
  it('all four load through the same parser as user files', async () => {
    expect((await library.list()).map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

  it('Company A: new media and content operations have no owner; no overlap, no mixing', async () => {
    const r = await check('company-a');
    expect(r.gaps.map((g) => g.functionId)).toEqual([
      'market-research',
      'new-media',
      'content-ops',
      'activity-ops',
      'new-media-ops',
      'store-ops',
      'sales',
      'after-sales',
    ]);
    expect(r.overlaps).toEqual([]);
    expect(r.mixed).toEqual([]);
    expect(r.departmentKpis.find((d) => d.departmentId === 'brand')?.accountable.map((h) => h.functionId)).toEqual(['brand', 'pr']);
  });

  it('Company B: the marketing department mixes sales with marketing; new media is owned twice', async () => {
    const r = await check('company-b');
    expect(r.mixed).toEqual([
      { departmentId: 'marketing', awareness: ['marketing-planning'], conversion: ['sales'] },
      { departmentId: 'operations', awareness: ['new-media'], conversion: ['user-ops', 'product-ops'] },
    ]);
    expect(r.overlaps).toEqual([{ functionId: 'new-media', departmentIds: ['brand', 'operations'] }]);
    expect(r.gaps.map((g) => g.functionId)).toEqual(['market-research', 'content-ops', 'activity-ops', 'new-media-ops', 'app-store-ops', 'store-ops', 'after-sales']);
    expect(r.aliases).toContainEqual({ departmentId: 'brand', functionId: 'new-media', label: 'self-media' });
    const ops = r.departmentKpis.find((d) => d.departmentId === 'operations')!;
    expect(ops.accountable.find((h) => h.functionId === 'new-media')?.shared).toBe(true);
  });

  it('Company C: user operations and market research have no owner; the planning department carries all awareness work', async () => {
    const r = await check('company-c');
    const gaps = r.gaps.map((g) => g.functionId);
    expect(gaps).toContain('user-ops');
    expect(gaps).toContain('market-research');
    expect(gaps).toEqual(['market-research', 'user-ops', 'activity-ops', 'new-media-ops', 'app-store-ops', 'after-sales']);
    expect(r.overlaps).toEqual([]);
    expect(r.mixed).toEqual([]);
    expect(r.departmentKpis.find((d) => d.departmentId === 'planning')?.accountable.map((h) => h.functionId)).toEqual([
      'brand',
      'pr',
      'marketing-planning',
      'new-media',
    ]);
  });

  it('the canonical split owns every function exactly once and mixes nothing', async () => {
    const r = await check('canonical');
    expect(r.summary).toEqual({ functions: CATALOG.functions.length, clearlyOwned: CATALOG.functions.length, gaps: 0, overlaps: 0, mixedDepartments: 0 });
  });

  it('every duty in A, B and C keeps the company\'s own words as a label', async () => {
    for (const id of ['company-a', 'company-b', 'company-c']) {
      const map = await library.get(id);
      expect(map.assignments.every((a) => a.label !== null)).toBe(true);
    }
  });
});
