import type { TrendRequest } from '../../../api/client';
import type { Interval } from '../../analytics/period';
import { LIMITS } from './codec';
import type { Breakdown, Filter } from './codec';
import type { Read } from './common';

/** Orders: a metric every demo company has, and a count anyone reads at a glance. */
export const DEFAULT_METRIC = 'store-ops.orders';

/** The trend's metric in the URL (`metric`); the period and its `interval` come from the period picker, filters and breakdown from `f` and `by`. */
export interface TrendState {
  metricId: string;
}

/**
 * The metric a URL asks for, among the known ids. An unknown id falls back to the default (and is
 * noted); without the list yet, the URL's id is taken as it is.
 */
export function readTrend(search: URLSearchParams, metricIds: readonly string[] | undefined): Read<TrendState> {
  const raw = search.get('metric');
  const fallback = metricIds && !metricIds.includes(DEFAULT_METRIC) ? (metricIds[0] ?? DEFAULT_METRIC) : DEFAULT_METRIC;
  if (raw === null || raw === '') return { state: { metricId: fallback }, invalid: [] };
  if (raw.length > LIMITS.key || (metricIds && !metricIds.includes(raw))) return { state: { metricId: fallback }, invalid: ['metric'] };
  return { state: { metricId: raw }, invalid: [] };
}

/** The trend request: the metric by the period's interval, always with the previous period. */
export function trendRequest(state: TrendState, period: { from: string; to: string; interval: Interval }, filters: readonly Filter[], breakdown: Breakdown | undefined): TrendRequest {
  return {
    metricId: state.metricId,
    period: { from: period.from, to: period.to },
    interval: period.interval,
    compare: true,
    ...(filters.length ? { filters: [...filters] } : {}),
    ...(breakdown ? { breakdown } : {}),
  };
}
