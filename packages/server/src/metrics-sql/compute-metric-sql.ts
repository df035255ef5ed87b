import { metricResultOf, type MetricDefinition, type MetricResult, type Period } from '@marketops/core';
import { evaluateSql } from './evaluate-sql';
import { contextFor, lookupMetric, type SqlMetricOptions } from './metric-context';
import type { MetricSqlReader } from './reader';

export type { SqlMetricOptions } from './metric-context';

/**
 * One metric for one period, computed on the event store with the result `computeMetric` (the
 * reference) gives for the same events, costs and snapshots: same value, parts, exact money and
 * provisional flag.
 *
 * @example
 * const result = await computeMetricSql(store, 'user-ops.active-users', {
 *   workspaceId: 'ws', period: { from: '2026-03-01', to: '2026-03-31', timeZone: 'Asia/Shanghai' }, asOf: new Date(),
 * });
 */
export async function computeMetricSql(reader: MetricSqlReader, metric: string | MetricDefinition, options: SqlMetricOptions & { readonly period: Period }): Promise<MetricResult> {
  const definition = typeof metric === 'string' ? lookupMetric(metric) : metric;
  const { period } = options;
  return metricResultOf(definition, period, await evaluateSql(contextFor(reader, period, options), definition.formula), options);
}
