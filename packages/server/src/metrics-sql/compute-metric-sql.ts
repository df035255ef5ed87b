import {
  addDays,
  bucketsBetween,
  findMetric,
  MetricOptionError,
  MetricUnknownError,
  metricResultOf,
  nextBucket,
  periodInstants,
  previousPeriod,
  type ChannelStatSnapshot,
  type CostRecord,
  type Interval,
  type MetricDefinition,
  type MetricOptions,
  type MetricResult,
  type Period,
  type PeriodComparison,
} from '@marketops/core';
import { evaluateSql } from './evaluate-sql';
import { mentionedReferrers } from './mentioned-referrers';
import type { SqlEventScope } from './query-builder';
import type { MetricSqlReader } from './reader';
import type { SqlEvalContext } from './sql-context';

/**
 * The options of `computeMetricSql`: those of the reference's `computeMetric`, the workspace
 * whose events to read, and the rows that live outside DuckDB. `costs` and `channelStats` may
 * reach beyond the period (they are filtered by date here); `channelStats` must include every
 * snapshot up to the period's last day, since levels and deltas read the latest before it.
 * `eventScope` is the reference's `MetricScope.events` (its `costs`: pass only the rows it keeps).
 */
export interface SqlMetricOptions extends MetricOptions {
  readonly workspaceId: string;
  readonly costs?: readonly CostRecord[];
  readonly channelStats?: readonly ChannelStatSnapshot[];
  readonly eventScope?: SqlEventScope;
}

function lookup(id: string): MetricDefinition {
  const found = findMetric(id);
  if (found === undefined) throw new MetricUnknownError(id);
  return found;
}

/** The reference's option checks, so a bad call fails the same way on both engines. */
function checkOptions(options: MetricOptions): void {
  if (!(options.asOf instanceof Date) || Number.isNaN(options.asOf.getTime())) throw new MetricOptionError('asOf', 'asOf must be a valid instant');
  const day = options.settings?.retentionDay;
  if (day !== undefined && (!Number.isInteger(day) || day < 1)) {
    throw new MetricOptionError('settings.retentionDay', `retentionDay must be a whole number of days >= 1, not ${day}`);
  }
}

function contextFor(reader: MetricSqlReader, period: Period, options: SqlMetricOptions): SqlEvalContext {
  checkOptions(options);
  const { start, end } = periodInstants(period);
  let mentions: Promise<readonly string[]> | undefined;
  return {
    reader,
    workspaceId: options.workspaceId,
    period,
    settings: options.settings ?? {},
    options,
    startMs: start.getTime(),
    endMs: end.getTime(),
    asOfMs: options.asOf.getTime(),
    costs: options.costs ?? [],
    channelStats: options.channelStats ?? [],
    mentionedReferrers() {
      mentions ??= mentionedReferrers(reader, options.workspaceId, end.toISOString());
      return mentions;
    },
    lookup,
    ...(options.eventScope === undefined ? {} : { eventScope: options.eventScope }),
  };
}

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
  const definition = typeof metric === 'string' ? lookup(metric) : metric;
  const { period } = options;
  return metricResultOf(definition, period, await evaluateSql(contextFor(reader, period, options), definition.formula), options);
}

/**
 * The metric per day, ISO week or month of the workspace calendar, each bucket its own period
 * clipped to `period` (as `computeMetricByBucket`). Buckets run one after another: each query
 * already uses every core DuckDB has.
 *
 * @example
 * const weeks = await computeMetricSqlByBucket(store, 'user-ops.dau', { workspaceId, period, asOf }, 'week');
 */
export async function computeMetricSqlByBucket(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions & { readonly period: Period },
  interval: Interval,
): Promise<MetricResult[]> {
  const { period } = options;
  const results: MetricResult[] = [];
  for (const bucket of bucketsBetween(period.from, period.to, interval)) {
    const from = bucket < period.from ? period.from : bucket;
    const last = addDays(nextBucket(bucket, interval), -1);
    const to = last > period.to ? period.to : last;
    results.push(await computeMetricSql(reader, metric, { ...options, period: { from, to, timeZone: period.timeZone } }));
  }
  return results;
}

/**
 * The metric for `period` and for the same number of days right before it, with the change (as
 * `compareWithPreviousPeriod`).
 *
 * @example
 * const { change } = await compareWithPreviousPeriodSql(store, 'store-ops.orders', { workspaceId, period, asOf });
 */
export async function compareWithPreviousPeriodSql(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions & { readonly period: Period },
): Promise<PeriodComparison> {
  const current = await computeMetricSql(reader, metric, options);
  const previous = await computeMetricSql(reader, metric, { ...options, period: previousPeriod(options.period) });
  const a = current.value;
  const b = previous.value;
  const change = a === null || b === null ? null : a - b;
  const relativeChange = change === null || b === null || b === 0 ? null : change / Math.abs(b);
  return { current, previous, change, relativeChange };
}
