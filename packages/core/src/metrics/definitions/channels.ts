import type { MetricDefinition } from '../definition';
import { EVENTS, PROPS } from '../vocabulary';
import { fromCatalog, metric } from './from-catalog';

/**
 * New-media and app-store operations: platform counts, not people. Channel snapshots carry
 * per-day reads and interactions (feeds/model.ts), so reads are a sum of days; followers are a
 * level at the end.
 */
const STORE_DAY = { event: EVENTS.appStoreStats, group: PROPS.store, date: PROPS.date } as const;

export const CHANNEL_METRICS: readonly MetricDefinition[] = [
  fromCatalog('new-media-ops.reads', { kind: 'snapshot', metric: 'reads', aggregate: 'sum' }),
  fromCatalog('new-media-ops.followers', { kind: 'snapshot', metric: 'followers', aggregate: 'level' }),
  fromCatalog('new-media-ops.net-new-followers', { kind: 'snapshot', metric: 'followers', aggregate: 'delta' }),
  fromCatalog('new-media-ops.fan-interactions', { kind: 'snapshot', metric: 'interactions', aggregate: 'sum' }),
  fromCatalog('new-media-ops.interaction-rate', { kind: 'ratio', numerator: metric('new-media-ops.fan-interactions'), denominator: metric('new-media-ops.reads') }),
  fromCatalog('app-store-ops.downloads', { kind: 'daily-records', ...STORE_DAY, aggregate: { kind: 'sum', property: PROPS.downloads } }),
  fromCatalog('app-store-ops.category-rank', {
    kind: 'daily-records',
    ...STORE_DAY,
    aggregate: { kind: 'median-rank', rank: PROPS.rank, chartLength: PROPS.chartLength },
  }),
  fromCatalog('app-store-ops.rating', {
    kind: 'daily-records',
    ...STORE_DAY,
    aggregate: { kind: 'weighted-mean-at-end', value: PROPS.rating, weight: PROPS.ratingsCount },
  }),
];
