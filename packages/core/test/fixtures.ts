import type { Catalog, FunctionDefinition, FunctionId, Orientation } from '../src/catalog/types';
import type { OrgMap } from '../src/org/model';

const text = (s: string) => ({ en: s, es: `${s} (es)`, ja: `${s}（ja）`, zh: `${s}（zh）` });

function fn(id: FunctionId, orientation: Orientation, kpis: string[]): FunctionDefinition {
  return {
    id,
    stage: 'marketing',
    orientation,
    name: text(id),
    summary: text(id),
    responsibilities: [],
    deliverables: [],
    kpis: kpis.map((k) => ({ id: `${id}.${k}`, name: text(k), unit: 'count', direction: 'higher-is-better', definition: text(k) })),
  };
}

/** A five-function catalog: small enough to compute every finding by hand. */
export const MINI_CATALOG: Catalog = {
  stages: [],
  orientations: [],
  playbooks: [],
  functions: [
    fn('brand', 'strategic', ['awareness']),
    fn('new-media', 'awareness', ['reach', 'cost-per-contact']),
    fn('sales', 'conversion', ['transaction-rate']),
    fn('user-ops', 'retention', ['retention-rate']),
    fn('pr', 'awareness', ['mentions']),
  ],
};

export function miniMap(partial: Partial<OrgMap> = {}): OrgMap {
  return {
    workspace: { id: 'acme', name: 'Acme', description: null },
    centres: [],
    departments: [],
    assignments: [],
    ...partial,
  };
}
