import type { MetricDefinition } from './definition';
import { CHANNEL_METRICS } from './definitions/channels';
import { COMMERCE_METRICS } from './definitions/commerce';
import { COMMERCE_EXTRA_METRICS } from './definitions/extra-commerce';
import { GROWTH_METRICS } from './definitions/extra-growth';
import { REACH_METRICS } from './definitions/extra-reach';
import { USAGE_METRICS } from './definitions/extra-usage';
import { MARKETING_METRICS } from './definitions/marketing';
import { OPERATIONS_METRICS } from './definitions/operations';
import { STRATEGY_METRICS } from './definitions/strategy';

/**
 * Every metric the engine computes: the catalog's KPIs first (in catalog order within each group),
 * then the engine's own. Ids are unique (tested).
 */
export const METRICS: readonly MetricDefinition[] = [
  ...STRATEGY_METRICS,
  ...MARKETING_METRICS,
  ...OPERATIONS_METRICS,
  ...CHANNEL_METRICS,
  ...COMMERCE_METRICS,
  ...REACH_METRICS,
  ...USAGE_METRICS,
  ...COMMERCE_EXTRA_METRICS,
  ...GROWTH_METRICS,
];

const byId = new Map(METRICS.map((m) => [m.id, m]));

/**
 * A metric definition by id; takes any string because ids arrive from URLs.
 * @example findMetric('after-sales.nps')?.unit // 'score'
 */
export function findMetric(id: string): MetricDefinition | undefined {
  return byId.get(id);
}
