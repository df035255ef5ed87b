/**
 * Metrics on the DuckDB event store: every formula kind of `@marketops/core`'s metrics compiled
 * to parameterised SQL, with results equal to the reference `computeMetric`.
 */
export { computeMetricSql, computeMetricSqlByBucket, compareWithPreviousPeriodSql, type SqlMetricOptions } from './compute-metric-sql';
export type { MetricSqlReader } from './reader';
export type { SqlEventScope } from './query-builder';
export type { SqlParams } from './sql-params';
