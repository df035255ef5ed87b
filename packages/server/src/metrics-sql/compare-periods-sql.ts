import { changeBetween, previousPeriod, type MetricDefinition, type Period, type PeriodComparison } from '@marketops/core';
import { computeMetricSqlOutcomesOverBuckets, resultOf } from './compute-metric-sql-by-bucket';
import type { SqlMetricOptions } from './metric-context';
import type { MetricSqlReader } from './reader';

/**
 * The metric for `period` and for the same number of days right before it, with the change (as
 * `compareWithPreviousPeriod`). The two periods follow each other, so they are two buckets of one
 * grouped query for most kinds (`computeMetricSqlOverBuckets`). When both fail, the current
 * period's error is thrown, as the reference, which computes it first, does.
 *
 * @example
 * const { change } = await compareWithPreviousPeriodSql(store, 'store-ops.orders', { workspaceId, period, asOf });
 */
export async function compareWithPreviousPeriodSql(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions & { readonly period: Period },
): Promise<PeriodComparison> {
  const [before, now] = await computeMetricSqlOutcomesOverBuckets(reader, metric, options, [previousPeriod(options.period), options.period]);
  const current = resultOf(now);
  const previous = resultOf(before);
  return { current, previous, ...changeBetween(current, previous) };
}
