import { addDays, bucketsBetween, metricResultOf, nextBucket, type Interval, type MetricDefinition, type MetricResult, type Period } from '@marketops/core';
import { unwrap, type BucketValue } from './bucket-context';
import { bucketLayout } from './bucket-layout';
import { computeMetricSql } from './compute-metric-sql';
import { evaluateSqlByBuckets } from './evaluate-sql-by-buckets';
import { contextFor, lookupMetric, type SqlMetricOptions } from './metric-context';
import type { SqlEventScope } from './query-builder';
import type { MetricSqlReader } from './reader';

/** A metric's result, or the error computing it alone (`computeMetricSql`) throws. */
export type MetricOutcome = { readonly ok: MetricResult } | { readonly error: unknown };

/** The result, or the error thrown. */
export function resultOf(outcome: MetricOutcome | undefined): MetricResult {
  if (outcome === undefined) throw new Error('unreachable: a cell without an outcome');
  if ('error' in outcome) throw outcome.error;
  return outcome.ok;
}

/**
 * Groups of events evaluated at once by `computeMetricSqlOverGroups`: `events` selects the rows
 * of every group (as an event scope does) with one more INTEGER column, `group_index` (the
 * group's position in `options`), each event in at most one group; `options` are each group's
 * own options: its event scope selecting just its rows and its own cost rows, every other option
 * the same (groups whose other options differ are computed one by one).
 */
export interface SqlMetricGroups {
  readonly events: SqlEventScope;
  readonly options: readonly SqlMetricOptions[];
}

/** The day, ISO week or month buckets of a period, the first and last clipped to it (as `computeMetricByBucket`). */
function bucketsOf(period: Period, interval: Interval): Period[] {
  return bucketsBetween(period.from, period.to, interval).map((bucket) => {
    const from = bucket < period.from ? period.from : bucket;
    const last = addDays(nextBucket(bucket, interval), -1);
    const to = last > period.to ? period.to : last;
    return { from, to, timeZone: period.timeZone };
  });
}

/**
 * The metric per day, ISO week or month of the workspace calendar, each bucket its own period
 * clipped to `period` (as `computeMetricByBucket`), computed as `computeMetricSqlOverBuckets` does.
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
  return computeMetricSqlOverBuckets(reader, metric, options, bucketsOf(options.period, interval));
}

/**
 * The metric for each of `buckets` (periods that follow each other, such as a trend's buckets),
 * with the results `computeMetricSql` gives for each bucket alone, errors included (the first
 * failing bucket's). Most kinds cost one query for all buckets, grouped by bucket (see
 * `evaluateSqlByBuckets`).
 *
 * @example
 * const days = await computeMetricSqlOverBuckets(store, 'store-ops.orders', { workspaceId, asOf }, plan.buckets);
 */
export async function computeMetricSqlOverBuckets(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions,
  buckets: readonly Period[],
): Promise<MetricResult[]> {
  return (await computeMetricSqlOutcomesOverBuckets(reader, metric, options, buckets)).map(resultOf);
}

/** `computeMetricSqlOverBuckets` with each bucket's result or error, for a caller that decides which error wins. */
export async function computeMetricSqlOutcomesOverBuckets(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions,
  buckets: readonly Period[],
): Promise<MetricOutcome[]> {
  const [cells = []] = await overCells(reader, metric, [options], buckets);
  return cells;
}

/**
 * The metric for each group and bucket: `[group][bucket]`, each the outcome of `computeMetricSql`
 * with that group's options for that bucket alone. Most kinds cost one query for all groups and
 * buckets, grouped by both (a trend's breakdown values).
 *
 * @example
 * const [[a], [b]] = await computeMetricSqlOverGroups(store, definition, { events, options: [optionsOfA, optionsOfB] }, [period]);
 */
export async function computeMetricSqlOverGroups(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  groups: SqlMetricGroups,
  buckets: readonly Period[],
): Promise<MetricOutcome[][]> {
  return overCells(reader, metric, groups.options, buckets, groups.events);
}

/**
 * The metric for each of `buckets`, one bucket after another with `computeMetricSql` (each query
 * already uses every core DuckDB has): the plain path, kept as the fallback and as what the
 * bucketed path is tested against.
 */
export async function computeMetricSqlEachBucket(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  options: SqlMetricOptions,
  buckets: readonly Period[],
): Promise<MetricResult[]> {
  const results: MetricResult[] = [];
  for (const period of buckets) results.push(await computeMetricSql(reader, metric, { ...options, period }));
  return results;
}

async function settled(work: () => Promise<MetricResult>): Promise<MetricOutcome> {
  try {
    return { ok: await work() };
  } catch (error) {
    return { error };
  }
}

function outcomeOf(definition: MetricDefinition, bucket: Period, value: BucketValue | undefined, options: SqlMetricOptions): MetricOutcome {
  try {
    return { ok: metricResultOf(definition, bucket, unwrap(value), options) };
  } catch (error) {
    return { error };
  }
}

/**
 * True when two groups' options differ at most in their event scope and cost rows. Why: the one
 * query of all groups compiles the settings (own accounts, store paths) and converts money once.
 */
function sameButScope(a: SqlMetricOptions, b: SqlMetricOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('eventScope');
  keys.delete('costs');
  return [...keys].every((key) => (a as unknown as Record<string, unknown>)[key] === (b as unknown as Record<string, unknown>)[key]);
}

/**
 * Every (group, bucket) cell; buckets that do not follow each other, or groups whose options
 * differ beyond their scope and costs, are computed cell by cell.
 */
async function overCells(
  reader: MetricSqlReader,
  metric: string | MetricDefinition,
  groupOptions: readonly SqlMetricOptions[],
  buckets: readonly Period[],
  groupedEvents?: SqlEventScope,
): Promise<MetricOutcome[][]> {
  const layout = bucketLayout(buckets);
  const first = groupOptions[0];
  if (layout === undefined || first === undefined || !groupOptions.every((options) => sameButScope(options, first))) {
    const cells: MetricOutcome[][] = [];
    for (const options of groupOptions) {
      const row: MetricOutcome[] = [];
      for (const period of buckets) row.push(await settled(() => computeMetricSql(reader, metric, { ...options, period })));
      cells.push(row);
    }
    return cells;
  }
  const definition = typeof metric === 'string' ? lookupMetric(metric) : metric;
  const whole = contextFor(reader, layout.whole, groupedEvents === undefined ? first : { ...first, eventScope: groupedEvents });
  const each = groupOptions.flatMap((options) => buckets.map((bucket) => contextFor(reader, bucket, options)));
  const shared = groupedEvents === undefined && first.eventScope === undefined ? first.sharedLeaves : undefined;
  const values = await evaluateSqlByBuckets({ whole, each, layout, grouped: groupedEvents !== undefined, ...(shared === undefined ? {} : { shared }) }, definition.formula);
  return groupOptions.map((options, g) => buckets.map((bucket, i) => outcomeOf(definition, bucket, values[g * buckets.length + i], options)));
}
