import {
  findMetric,
  MetricOptionError,
  MetricUnknownError,
  periodInstants,
  type ChannelStatSnapshot,
  type CostRecord,
  type MetricDefinition,
  type MetricOptions,
  type Period,
} from '@marketops/core';
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
  /**
   * Answers of grouped leaf measures shared by the metrics computed with these very options (a
   * dashboard's KPIs: DAU and MAU are KPIs and the parts of stickiness). Keyed by the measure and
   * the bucket instants; used only without an event scope. Holds `Promise<BucketValue[]>`.
   */
  readonly sharedLeaves?: Map<string, Promise<unknown>>;
}

/** A catalog metric by id; throws `MetricUnknownError` as the reference does. */
export function lookupMetric(id: string): MetricDefinition {
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

/** The evaluation context of one period (checking the options first, as `computeMetric` does). */
export function contextFor(reader: MetricSqlReader, period: Period, options: SqlMetricOptions): SqlEvalContext {
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
    lookup: lookupMetric,
    ...(options.eventScope === undefined ? {} : { eventScope: options.eventScope }),
  };
}
