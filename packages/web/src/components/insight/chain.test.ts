import { describe, expect, it } from 'vitest';
import type { CatalogResponse, OrgMapResponse } from '@marketops/contracts';
import { buildChain, ownershipOf } from './chain';

type Stage = CatalogResponse['stages'][number];
type Fn = CatalogResponse['functions'][number];

const text = (en: string) => ({ en, es: en, ja: en, zh: en });
const stage = (id: Stage['id'], order: number, crossCutting = false): Stage => ({ id, order, crossCutting, name: text(id), metaphor: text(''), purpose: text(''), yardstick: text('') });
const fn = (id: Fn['id'], stageId: Stage['id'], orientation: Fn['orientation'], kpiIds: string[]): Fn => ({
  id,
  stage: stageId,
  orientation,
  name: text(id),
  summary: text(''),
  responsibilities: [],
  deliverables: [],
  kpis: kpiIds.map((k) => ({ id: k, name: text(k), unit: 'count', direction: 'higher-is-better', definition: text('') })),
});

// Stages listed out of order on purpose: the chain follows `order`, not the list.
const catalog: CatalogResponse = {
  stages: [stage('service', 4), stage('brand', 0, true), stage('sales', 3), stage('market', 1), stage('marketing', 2)],
  orientations: [],
  functions: [
    fn('market-research', 'market', 'strategic', ['market-research.reports-delivered']),
    fn('marketing-planning', 'marketing', 'awareness', ['marketing-planning.target-reach', 'marketing-planning.cost-per-contact']),
    fn('sales', 'sales', 'conversion', ['sales.transaction-rate']),
    fn('store-ops', 'service', 'conversion', ['store-ops.conversion-rate']),
    fn('after-sales', 'service', 'retention', ['after-sales.nps']),
    fn('brand', 'brand', 'strategic', ['brand.aided-awareness']),
  ],
  playbooks: [],
};

const yardsticks = {
  market: ['market-research.reports-delivered'],
  marketing: ['marketing-planning.target-reach', 'marketing-planning.cost-per-contact'],
  sales: ['sales.transaction-rate'],
  // Retention listed first: lanes still run awareness -> conversion -> retention.
  service: ['after-sales.nps', 'store-ops.conversion-rate', 'not-in-the-catalog'],
  brand: ['brand.aided-awareness', 'sales.transaction-rate'],
};

describe('buildChain', () => {
  const chain = buildChain(catalog, yardsticks);

  it('puts the stages in chain order and splits after-sales service by orientation', () => {
    expect(chain.lanes.map((l) => `${l.stage.id}/${l.orientation}`)).toEqual(['market/strategic', 'marketing/awareness', 'sales/conversion', 'service/conversion', 'service/retention']);
    expect(chain.stages.map((s) => [s.stage.id, s.start, s.span])).toEqual([
      ['market', 0, 1],
      ['marketing', 1, 1],
      ['sales', 2, 1],
      ['service', 3, 2],
    ]);
  });

  it('draws one band segment per run of an orientation and marks where conversion begins', () => {
    expect(chain.band.map((b) => [b.orientation, b.start, b.span])).toEqual([
      ['strategic', 0, 1],
      ['awareness', 1, 1],
      ['conversion', 2, 2],
      ['retention', 4, 1],
    ]);
    expect(chain.conversionStart).toBe(2);
  });

  it('draws brand across the chain and keeps only yardsticks of the stage’s own functions', () => {
    expect(chain.across.map((a) => [a.stage.id, a.yardsticks.map((y) => y.kpi.id)])).toEqual([['brand', ['brand.aided-awareness']]]);
    expect(chain.lanes.flatMap((l) => l.yardsticks.map((y) => y.kpi.id))).not.toContain('not-in-the-catalog');
  });

  it('has no awareness-to-conversion boundary when nothing serves awareness', () => {
    expect(buildChain(catalog, { ...yardsticks, marketing: [] }).conversionStart).toBeNull();
  });
});

describe('ownershipOf', () => {
  const map = {
    departments: [
      { id: 'mkt', name: 'Marketing' },
      { id: 'ops', name: 'Operations' },
    ],
    assignments: [
      { departmentId: 'mkt', functionId: 'sales', role: 'accountable' },
      { departmentId: 'ops', functionId: 'sales', role: 'accountable' },
      { departmentId: 'ops', functionId: 'user-ops', role: 'accountable' },
      { departmentId: 'mkt', functionId: 'user-ops', role: 'contributing' },
    ],
  } as unknown as OrgMapResponse;

  it('names one owner, a shared number, or a gap', () => {
    expect(ownershipOf(map, 'user-ops')).toEqual({ status: 'owned', accountable: [{ id: 'ops', name: 'Operations' }] });
    expect(ownershipOf(map, 'sales').status).toBe('shared');
    expect(ownershipOf(map, 'after-sales')).toEqual({ status: 'unowned', accountable: [] });
  });
});
