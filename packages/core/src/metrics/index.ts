/**
 * The metrics engine's public surface: definitions as data, the in-memory reference, money,
 * ownership, targets and the reference page. `packages/core/src/index.ts` re-exports this file.
 */
export * from './vocabulary';
export type * from './formula';
export type { MetricDefinition } from './definition';
export type { MetricSettings, MetricSettingsStore, TargetAudienceRule, TraitCondition } from './settings';
export { checkMetricSettings, validMetricSettings } from './settings';
export { METRICS, findMetric } from './registry';
export { computeMetric, computeMetricByBucket, compareWithPreviousPeriod, metricResultOf, type MetricOptions, type MetricResult, type MetricScope, type PeriodComparison } from './compute';
export { ExchangeRateMissingError, MetricOptionError, MetricUnknownError } from './errors';
export type { MoneyOptions } from './money';
export { metricOwnership, departmentMetrics, type MetricOwnership, type DepartmentMetrics, type FunctionMetrics } from './ownership';
export { attainment, findTarget, targetStatus, type MetricTarget, type MetricTargetStore, type TargetStatus } from './targets';
export { metricReads, type MetricReads } from './reads';
export { formulaText } from './formula-text';
export { metricReferencePage } from './reference-page';
// What the SQL engine reuses so that it does the reference's very arithmetic, to the unit:
// exact decimals, money totals and conversion, the mentioned-referrer host rule, result parts.
export * as metricDecimal from './decimal';
export * as metricMoney from './money';
export { hostOf as referrerHostOf } from './reference/match';
export { periodOpen, ratioValue, type MeasureValue } from './reference/result';
