import { findKpi } from '../../catalog/catalog';
import type { MetricDefinition } from '../definition';
import type { Measure } from '../formula';

/**
 * A definition of a catalog KPI: id, owner, name, words, unit and direction come from the catalog,
 * so they cannot drift; only the formula is written here.
 */
export function fromCatalog(id: string, formula: Measure): MetricDefinition {
  const found = findKpi(id);
  // Why throw at load: a misspelt id is a programming error the registry test catches at once.
  if (found === undefined) throw new RangeError(`no catalog KPI ${id}`);
  const { fn, kpi } = found;
  return { id, functionId: fn.id, source: 'catalog', name: kpi.name, definition: kpi.definition, unit: kpi.unit, direction: kpi.direction, formula };
}

/** A reference to another metric's value, for ratios of metrics. */
export const metric = (id: string): Measure => ({ kind: 'metric', id });
