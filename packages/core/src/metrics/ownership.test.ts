import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import type { OrgMap } from '../org/model';
import { departmentMetrics, metricOwnership } from './ownership';

/** Company C of the articles, trimmed: operations, sales and planning; nobody owns user operations. */
const map: OrgMap = {
  workspace: { id: 'company-c', name: 'Company C', description: null },
  centres: [],
  departments: [
    { id: 'operations', name: 'Operations', centreId: null, head: null },
    { id: 'sales', name: 'Sales', centreId: null, head: null },
    { id: 'planning', name: 'Planning', centreId: null, head: null },
  ],
  assignments: [
    { departmentId: 'operations', functionId: 'store-ops', role: 'accountable', label: null, note: null },
    { departmentId: 'operations', functionId: 'content-ops', role: 'accountable', label: null, note: null },
    { departmentId: 'sales', functionId: 'sales', role: 'accountable', label: null, note: null },
    { departmentId: 'planning', functionId: 'pr', role: 'accountable', label: null, note: null },
    { departmentId: 'planning', functionId: 'new-media', role: 'accountable', label: 'self-media', note: null },
    { departmentId: 'operations', functionId: 'new-media', role: 'accountable', label: null, note: null },
    { departmentId: 'sales', functionId: 'store-ops', role: 'contributing', label: null, note: null },
  ],
};

describe('metricOwnership', () => {
  it('names the one accountable department', () => {
    expect(metricOwnership('store-ops.gmv', map)).toEqual({
      metricId: 'store-ops.gmv',
      functionId: 'store-ops',
      accountable: ['operations'],
      contributing: ['sales'],
      status: 'owned',
    });
  });

  it('reports numbers nobody owns and numbers owned twice', () => {
    expect(metricOwnership('user-ops.retention-rate', map).status).toBe('unowned');
    expect(metricOwnership('new-media.impressions', map)).toMatchObject({ status: 'shared', accountable: ['operations', 'planning'] });
  });
});

describe('departmentMetrics', () => {
  it('lists the KPIs a department answers for, with their definitions', () => {
    const result = departmentMetrics('planning', map);
    expect(result.accountable.map((h) => [h.functionId, h.shared])).toEqual([
      ['pr', false],
      ['new-media', true],
    ]);
    expect(result.accountable[0]?.metrics.map((m) => m.id)).toEqual(['pr.media-mentions', 'pr.favourable-share', 'pr.target-reach', 'pr.cost-per-contact']);
    expect(result.accountable[1]?.metrics.map((m) => m.id)).toContain('new-media.roas');
    expect(result.contributing).toEqual([]);
  });

  it('lists what a department helps move apart from what it answers for', () => {
    const result = departmentMetrics('sales', map);
    expect(result.accountable.map((h) => h.functionId)).toEqual(['sales']);
    expect(result.contributing[0]?.metrics.map((m) => m.id)).toContain('store-ops.orders');
  });

  it('rejects an unknown department with a typed error', () => {
    let error: unknown;
    try {
      departmentMetrics('marketing', map);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('DEPARTMENT_NOT_FOUND');
  });
});
