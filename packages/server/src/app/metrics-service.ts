import type { z } from 'zod';
import type { MetricValueQuerySchema } from '@marketops/contracts';
import { findMetric, metricReads, previousPeriod, type MetricResult, type PeriodComparison } from '@marketops/core';
import { computeMetricSql, computeMetricSqlByBucket, compareWithPreviousPeriodSql, type MetricSqlReader } from '../metrics-sql/index';
import { checkBucketCount, requestPeriod } from '../http/analysis-requests';
import type { FeedService } from './feed-service';
import { abortableReader, RequestAbortedError } from './abortable-reader';
import { readerFor } from './cached-reader';
import type { WorkspaceSettingsService } from './workspace-settings-service';

export interface MetricsServiceDeps {
  /** The event store, or the query-result cache in front of it (then read per workspace). */
  readonly reader: MetricSqlReader;
  readonly settings: WorkspaceSettingsService;
  readonly feeds: Pick<FeedService, 'allCosts' | 'allChannelStats'>;
  readonly now?: () => Date;
}

type MetricQuery = z.output<typeof MetricValueQuerySchema>;
type MetricSqlOptions = Parameters<typeof computeMetricSql>[2];

/** Metrics of one dashboard computed at once: enough to overlap reading and computing on 2 cores. */
const PARALLEL_METRICS = 3;

/** One metric of `values`: its value, or why it has none. */
export type MetricOutcome = { readonly metricId: string; readonly value: MetricValue } | { readonly metricId: string; readonly error: unknown };

export interface MetricValue {
  readonly result: MetricResult;
  readonly comparison?: PeriodComparison;
  readonly buckets?: readonly MetricResult[];
}

/** The feeds some of the metrics read, following their references (an unknown id reads none: it fails on its own). */
export function feedsRead(metricIds: readonly string[]): Set<'costs' | 'channel-stats'> {
  const feeds = new Set<'costs' | 'channel-stats'>();
  for (const id of metricIds) {
    const definition = findMetric(id);
    if (definition !== undefined) for (const feed of metricReads(definition, findMetric).feeds) feeds.add(feed);
  }
  return feeds;
}

/** Channel snapshots are levels: a period's value reads the latest snapshot before it, however old. */
const FIRST_DAY = '1970-01-01';

/**
 * Metric values on the event store (packages/server/src/metrics-sql), with the workspace's time
 * zone, reporting currency and rates, its metric settings, its costs and channel snapshots, and "now" for the
 * provisional flag.
 */
export class MetricsService {
  private readonly now: () => Date;

  constructor(private readonly deps: MetricsServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async value(workspaceId: string, metricId: string, query: MetricQuery, signal?: AbortSignal): Promise<MetricValue> {
    return this.#compute(abortableReader(readerFor(this.deps.reader, workspaceId), signal), metricId, await this.#options(workspaceId, query, [metricId]), query);
  }

  /**
   * Several metrics for one period (a department's dashboard): the settings, costs and channel
   * snapshots are read once, and the metrics run a few at a time (each query has its own DuckDB
   * connection). Each answer is a value or the error of that metric alone; a bad period throws.
   */
  async values(workspaceId: string, metricIds: readonly string[], query: MetricQuery, signal?: AbortSignal): Promise<MetricOutcome[]> {
    // Why shared leaves: KPIs of one dashboard share parts (DAU and MAU are KPIs and stickiness's parts).
    const options = { ...(await this.#options(workspaceId, query, metricIds)), sharedLeaves: new Map<string, Promise<unknown>>() };
    const reader = abortableReader(readerFor(this.deps.reader, workspaceId), signal);
    const outcomes: MetricOutcome[] = new Array(metricIds.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < metricIds.length; i = next++) {
        const metricId = metricIds[i] as string;
        try {
          outcomes[i] = { metricId, value: await this.#compute(reader, metricId, options, query) };
        } catch (error) {
          // Why rethrow: a request whose client left answers nobody; stop the other workers too.
          if (error instanceof RequestAbortedError) throw error;
          outcomes[i] = { metricId, error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_METRICS, metricIds.length) }, worker));
    return outcomes;
  }

  async #options(workspaceId: string, query: MetricQuery, metricIds: readonly string[]): Promise<MetricSqlOptions> {
    const settings = await this.deps.settings.get(workspaceId);
    // The same checks of the period as the analyses (days that exist, in order, a known zone).
    const period = requestPeriod({ from: query.from, to: query.to, ...(query.timeZone ? { timeZone: query.timeZone } : {}) }, settings);
    if (query.interval) checkBucketCount(period, query.interval);
    const costsFrom = query.compare === 'true' ? previousPeriod(period).from : period.from;
    // Why only the feeds the metrics read (as the trend does): reading every cost line and snapshot
    // took 25-30 ms per request on the demo data, for each of a dashboard's small trends too.
    const feeds = feedsRead(metricIds);
    const [costs, channelStats, metricSettings] = await Promise.all([
      feeds.has('costs') ? this.deps.feeds.allCosts(workspaceId, { from: costsFrom, to: period.to }) : [],
      feeds.has('channel-stats') ? this.deps.feeds.allChannelStats(workspaceId, { from: FIRST_DAY, to: period.to }) : [],
      this.deps.settings.getMetrics(workspaceId),
    ]);
    return {
      workspaceId,
      period,
      asOf: this.now(),
      costs,
      channelStats,
      settings: metricSettings,
      ...(settings.reportingCurrency === null ? {} : { reportingCurrency: settings.reportingCurrency, exchangeRates: settings.exchangeRates }),
    };
  }

  async #compute(reader: MetricSqlReader, metricId: string, options: MetricSqlOptions, query: MetricQuery): Promise<MetricValue> {
    const comparison = query.compare === 'true' ? await compareWithPreviousPeriodSql(reader, metricId, options) : undefined;
    const result = comparison?.current ?? (await computeMetricSql(reader, metricId, options));
    const buckets = query.interval ? await computeMetricSqlByBucket(reader, metricId, options, query.interval) : undefined;
    return { result, ...(comparison ? { comparison } : {}), ...(buckets ? { buckets } : {}) };
  }

  /** The workspace's time zone (its settings). */
  async timeZone(workspaceId: string): Promise<string> {
    return (await this.deps.settings.get(workspaceId)).timeZone;
  }
}
