import { describe, expect, it } from 'vitest';
import type { CatalogResponse } from '@marketops/contracts';
import { groupByStage, highlightsOf, isOverlapCell, nextRole } from './model';

const text = (en: string) => ({ en, es: en, ja: en, zh: en });
const stage = (id: 'market' | 'brand' | 'sales', order: number, crossCutting = false) => ({
  id,
  order,
  crossCutting,
  name: text(id),
  metaphor: text(''),
  purpose: text(''),
  yardstick: text(''),
});
const fn = (id: 'brand' | 'market-research' | 'sales', stageId: 'market' | 'brand' | 'sales') => ({
  id,
  stage: stageId,
  orientation: 'strategic' as const,
  name: text(id),
  summary: text(''),
  responsibilities: [],
  deliverables: [],
  kpis: [],
});

describe('nextRole', () => {
  it('cycles empty -> accountable -> contributing -> empty', () => {
    expect(nextRole(undefined)).toBe('accountable');
    expect(nextRole('accountable')).toBe('contributing');
    expect(nextRole('contributing')).toBeNull();
  });
});

describe('groupByStage', () => {
  it('orders the chain and puts the cross-cutting stage last', () => {
    const catalog: CatalogResponse = {
      stages: [stage('brand', 0, true), stage('sales', 3), stage('market', 1)],
      orientations: [],
      functions: [fn('brand', 'brand'), fn('market-research', 'market'), fn('sales', 'sales')],
      playbooks: [],
    };
    expect(groupByStage(catalog).map((g) => g.stage.id)).toEqual(['market', 'sales', 'brand']);
  });
});

describe('highlightsOf', () => {
  it('marks only the accountable departments of an overlap', () => {
    const h = highlightsOf({
      workspaceId: 'w',
      version: 1,
      gaps: [{ functionId: 'pr', contributors: [] }],
      overlaps: [{ functionId: 'new-media', departmentIds: ['brand', 'ops'] }],
      mixed: [],
      aliases: [],
      departmentKpis: [],
      summary: { functions: 14, clearlyOwned: 12, gaps: 1, overlaps: 1, mixedDepartments: 0 },
    });
    expect(h.gaps.has('pr')).toBe(true);
    expect(isOverlapCell(h, 'ops', 'new-media')).toBe(true);
    expect(isOverlapCell(h, 'sales', 'new-media')).toBe(false);
  });
});
