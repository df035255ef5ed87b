import type { z } from 'zod';
import type {
  AttributionRequestSchema,
  FunnelRequestSchema,
  ReachRequestSchema,
  ReferralRequestSchema,
  RetentionRequestSchema,
  TrendRequestSchema,
} from '@marketops/contracts';
import {
  previousPeriod,
  type AttributionResult,
  type FunnelResult,
  type ReachResult,
  type ReferralResult,
  type RetentionResult,
  type TrendResult,
  type TrendSpec,
} from '@marketops/core';
import { queryAttribution, queryFunnel, queryNames, queryReach, queryReferrals, queryRetention, queryTrend, type AnalyticsReader, type WorkspaceNames } from '../analytics/index';
import { attributionSpec, funnelSpec, reachSpec, referralSpec, requestPeriod, retentionSpec } from '../http/analysis-requests';
import type { ChannelRulesService } from './channel-rules-service';
import { abortableReader } from './abortable-reader';
import { readerFor } from './cached-reader';
import { feedsRead } from './metrics-service';
import type { FeedService } from './feed-service';
import type { WorkspaceSettingsService } from './workspace-settings-service';

export interface AnalyticsServiceDeps {
  readonly reader: AnalyticsReader;
  readonly settings: WorkspaceSettingsService;
  readonly feeds: Pick<FeedService, 'allCosts' | 'allChannelStats'>;
  /** The workspace's channel rules, whose channels the explorers' forms suggest (absent: the defaults). */
  readonly channelRules?: Pick<ChannelRulesService, 'get'>;
  readonly now?: () => Date;
}

/** Channel snapshots are levels: a period's value reads the latest snapshot before it, however old. */
const FIRST_DAY = '1970-01-01';

/**
 * The analyses, run on the event store: each request becomes the core's spec with the
 * workspace's time zone and reporting currency (an unknown workspace answers
 * WORKSPACE_NOT_FOUND), then one query (docs/analyses.md); a trend runs the metric engine per
 * series and bucket, with the workspace's metric settings, costs and channel snapshots.
 */
export class AnalyticsService {
  private readonly now: () => Date;

  constructor(private readonly deps: AnalyticsServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The event names and channels the workspace's events carry, then the known ones (for the explorers' forms). */
  async names(workspaceId: string): Promise<WorkspaceNames> {
    await this.deps.settings.get(workspaceId); // WORKSPACE_NOT_FOUND for an unknown workspace
    const rules = this.deps.channelRules === undefined ? undefined : (await this.deps.channelRules.get(workspaceId)).rules;
    return queryNames(readerFor(this.deps.reader, workspaceId), workspaceId, rules);
  }

  async funnel(workspaceId: string, request: z.output<typeof FunnelRequestSchema>): Promise<FunnelResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryFunnel(readerFor(this.deps.reader, workspaceId), workspaceId, funnelSpec(request, settings));
  }

  async retention(workspaceId: string, request: z.output<typeof RetentionRequestSchema>): Promise<RetentionResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryRetention(readerFor(this.deps.reader, workspaceId), workspaceId, retentionSpec(request, settings, this.now()));
  }

  async attribution(workspaceId: string, request: z.output<typeof AttributionRequestSchema>): Promise<AttributionResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryAttribution(readerFor(this.deps.reader, workspaceId), workspaceId, attributionSpec(request, settings));
  }

  async reach(workspaceId: string, request: z.output<typeof ReachRequestSchema>): Promise<ReachResult> {
    const settings = await this.deps.settings.get(workspaceId);
    const spec = reachSpec(request, settings);
    return queryReach(readerFor(this.deps.reader, workspaceId), workspaceId, spec, await this.deps.feeds.allCosts(workspaceId, { from: spec.period.from, to: spec.period.to }));
  }

  async referrals(workspaceId: string, request: z.output<typeof ReferralRequestSchema>): Promise<ReferralResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryReferrals(readerFor(this.deps.reader, workspaceId), workspaceId, referralSpec(request, settings));
  }

  /**
   * A metric over time (`trend-spec.ts`). Reads only the feeds the metric reads: the period's
   * costs (from the previous period's first day with `compare`), every channel snapshot up to the
   * period's end. @throws METRIC_NOT_FOUND, VALIDATION_FAILED (a bad period, an inapplicable filter)
   */
  async trend(workspaceId: string, request: z.output<typeof TrendRequestSchema>, signal?: AbortSignal): Promise<TrendResult> {
    const settings = await this.deps.settings.get(workspaceId);
    const { period: requested, filters, breakdown, compare, channelMap, ...rest } = request;
    const spec: TrendSpec = {
      ...rest,
      period: requestPeriod(requested, settings),
      ...(filters === undefined ? {} : { filters }),
      ...(breakdown === undefined ? {} : { breakdown }),
      ...(compare === undefined ? {} : { compare }),
      ...(channelMap === undefined ? {} : { channelMap }),
    };
    const feeds = feedsRead([spec.metricId]);
    const costsFrom = compare === true ? previousPeriod(spec.period).from : spec.period.from;
    const [costs, channelStats, metricSettings] = await Promise.all([
      feeds.has('costs') ? this.deps.feeds.allCosts(workspaceId, { from: costsFrom, to: spec.period.to }) : [],
      feeds.has('channel-stats') ? this.deps.feeds.allChannelStats(workspaceId, { from: FIRST_DAY, to: spec.period.to }) : [],
      this.deps.settings.getMetrics(workspaceId),
    ]);
    return queryTrend(abortableReader(readerFor(this.deps.reader, workspaceId), signal), workspaceId, spec, {
      asOf: this.now(),
      costs,
      channelStats,
      settings: metricSettings,
      ...(settings.reportingCurrency === null ? {} : { reportingCurrency: settings.reportingCurrency, exchangeRates: settings.exchangeRates }),
    });
  }

}
