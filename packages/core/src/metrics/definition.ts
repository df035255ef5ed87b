import type { FunctionId, KpiDirection, KpiUnit } from '../catalog/types';
import type { LocalizedText } from '../i18n';
import type { Measure } from './formula';

/**
 * A metric the engine computes: the catalog's KPIs and the everyday metrics the catalog leaves
 * out (impressions, DAU, AOV...). Ids are `<owner function>.<name>`, so the owner is also visible
 * in every URL and export. `source` tells whether name and definition come from the catalog (and
 * must stay equal to it) or are defined here.
 */
export interface MetricDefinition {
  readonly id: string;
  /** The catalog function that answers for the number; its accountable department owns it. */
  readonly functionId: FunctionId;
  readonly source: 'catalog' | 'engine';
  readonly name: LocalizedText;
  /** The definition in words; the formula below must compute exactly this. */
  readonly definition: LocalizedText;
  readonly unit: KpiUnit;
  readonly direction: KpiDirection;
  readonly formula: Measure;
}
