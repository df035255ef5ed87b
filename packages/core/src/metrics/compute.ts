import { bucketsBetween, nextBucket, addDays, previousPeriod, type Interval, type Period } from '../analysis/calendar';
import type { Dataset } from '../analysis/dataset';
import type { KpiUnit } from '../catalog/types';
import { changeBetween } from './change';
import { formatDecimal } from './decimal';
import type { MetricDefinition } from './definition';
import { MetricUnknownError } from './errors';
import { reportingCurrencyOf } from './money';
import { METRICS } from './registry';
import { createContext, type MetricOptions, type MetricScope } from './reference/context';
import { evaluate } from './reference/evaluate';
import type { MeasureValue } from './reference/result';

export type { MetricOptions, MetricScope } from './reference/context';

/**
 * One metric for one period, as the reference computes it. `value` is null when the formula is
 * undefined for the data (nobody reached, no answers, no orders for an AOV). `numerator` and
 * `denominator` are there for ratios and means. `money` is the exact decimal sum of money in the
 * value (or in a ratio's numerator), in `money.currency`. `provisional` is true while a later
 * event can still change the value: the period has not ended at `asOf`, or a window the formula
 * waits for (N-day retention, 90-day conversion, 7-day activity goal, 30-minute session) is open.
 */
export interface MetricResult {
  readonly metricId: string;
  readonly period: Period;
  readonly unit: KpiUnit;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly money?: { readonly amount: string; readonly currency: string };
  readonly provisional: boolean;
}

function lookupIn(metrics: readonly MetricDefinition[]): (id: string) => MetricDefinition {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (id) => {
    const found = byId.get(id);
    if (found === undefined) throw new MetricUnknownError(id);
    return found;
  };
}

const lookupDefault = lookupIn(METRICS);

/**
 * Computes a metric over a dataset for a period, slowly and obviously: the reference the SQL
 * compilation must agree with. With a `scope`, the measures read only the events and cost records
 * it keeps (identity, audience traits and media mentions still read every event; see
 * `MetricScope`): how the trend analysis filters and breaks a metric down.
 *
 * @example computeMetric('user-ops.active-users', dataset, { from: '2026-03-01', to: '2026-03-31', timeZone: 'Asia/Shanghai' }, { asOf: new Date() })
 * @example computeMetric('store-ops.orders', dataset, period, { asOf }, { events: (e) => e.channel === 'Paid Search' })
 */
export function computeMetric(metric: string | MetricDefinition, dataset: Dataset, period: Period, options: MetricOptions, scope?: MetricScope): MetricResult {
  const definition = typeof metric === 'string' ? lookupDefault(metric) : metric;
  const ctx = createContext(dataset, period, options, lookupDefault, scope);
  return metricResultOf(definition, period, evaluate(ctx, definition.formula), options);
}

/**
 * A metric's result from its formula's value: the one place both engines (this reference and the
 * SQL engine) shape a result, so parts and money read the same from either.
 */
export function metricResultOf(definition: MetricDefinition, period: Period, result: MeasureValue, options: MetricOptions): MetricResult {
  return {
    metricId: definition.id,
    period,
    unit: definition.unit,
    value: result.value,
    ...(result.numerator === undefined ? {} : { numerator: result.numerator }),
    ...(result.denominator === undefined ? {} : { denominator: result.denominator }),
    ...(result.money === undefined ? {} : { money: { amount: formatDecimal(result.money, 2), currency: reportingCurrencyOf(options) } }),
    provisional: result.provisional,
  };
}

/**
 * The metric per day, ISO week or month bucket of the workspace calendar, each bucket computed as
 * its own period. The first and last buckets are clipped to the period, so a week bucket starting
 * before `period.from` covers only the days inside the period.
 *
 * @example computeMetricByBucket('user-ops.active-users', dataset, period, 'week', { asOf }).map((r) => r.value)
 */
export function computeMetricByBucket(
  metric: string | MetricDefinition,
  dataset: Dataset,
  period: Period,
  interval: Interval,
  options: MetricOptions,
): MetricResult[] {
  return bucketsBetween(period.from, period.to, interval).map((bucket) => {
    const from = bucket < period.from ? period.from : bucket;
    const last = addDays(nextBucket(bucket, interval), -1);
    const to = last > period.to ? period.to : last;
    return computeMetric(metric, dataset, { from, to, timeZone: period.timeZone }, options);
  });
}

/** A value next to the same metric over the period of the same length right before it. */
export interface PeriodComparison {
  readonly current: MetricResult;
  readonly previous: MetricResult;
  /** current - previous; null when either has no value. */
  readonly change: number | null;
  /** (current - previous) / |previous|; null when either has no value or previous is 0. */
  readonly relativeChange: number | null;
}

/**
 * The metric for `period` and for the same number of days right before it (`previousPeriod`).
 * @example compareWithPreviousPeriod('store-ops.orders', dataset, { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' }, { asOf }).previous.period.from // '2026-01-29'
 */
export function compareWithPreviousPeriod(metric: string | MetricDefinition, dataset: Dataset, period: Period, options: MetricOptions): PeriodComparison {
  const current = computeMetric(metric, dataset, period, options);
  const previous = computeMetric(metric, dataset, previousPeriod(period), options);
  return { current, previous, ...changeBetween(current, previous) };
}
