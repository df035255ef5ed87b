/**
 * Metrics on the DuckDB event store: every formula kind of `@marketops/core`'s metrics compiled
 * to parameterised SQL, with results equal to the reference `computeMetric`.
 */
export { computeMetricSql, type SqlMetricOptions } from './compute-metric-sql';
export { compareWithPreviousPeriodSql } from './compare-periods-sql';
export {
  computeMetricSqlByBucket,
  computeMetricSqlOverBuckets,
  computeMetricSqlOverGroups,
  resultOf,
  type MetricOutcome,
  type SqlMetricGroups,
} from './compute-metric-sql-by-bucket';
export type { MetricSqlReader } from './reader';
export { localDateSql, localDateSpans } from './local-date-sql';
export type { SqlEventScope } from './query-builder';
export type { SqlParams } from './sql-params';
