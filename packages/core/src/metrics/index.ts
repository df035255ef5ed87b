/**
 * The metrics engine's public surface: definitions as data, the in-memory reference, money,
 * ownership, targets and the reference page. `packages/core/src/index.ts` re-exports this file.
 */
export * from './vocabulary';
export type * from './formula';
export type { MetricDefinition } from './definition';
export type { MetricSettings, TargetAudienceRule, TraitCondition } from './settings';
export { METRICS, findMetric } from './registry';
export { computeMetric, computeMetricByBucket, compareWithPreviousPeriod, type MetricOptions, type MetricResult, type PeriodComparison } from './compute';
export { ExchangeRateMissingError, MetricOptionError, MetricUnknownError } from './errors';
export type { MoneyOptions } from './money';
export { metricOwnership, departmentMetrics, type MetricOwnership, type DepartmentMetrics, type FunctionMetrics } from './ownership';
export { attainment, findTarget, targetStatus, type MetricTarget, type TargetStatus } from './targets';
export { metricReads, type MetricReads } from './reads';
export { formulaText } from './formula-text';
export { metricReferencePage } from './reference-page';
