import type { z } from 'zod';
import type {
  AttributionRequestSchema,
  FunnelRequestSchema,
  ReachRequestSchema,
  ReferralRequestSchema,
  RetentionRequestSchema,
} from '@marketops/contracts';
import type { AttributionResult, FunnelResult, ReachResult, ReferralResult, RetentionResult } from '@marketops/core';
import { queryAttribution, queryFunnel, queryReach, queryReferrals, queryRetention, type AnalyticsReader } from '../analytics/index';
import { attributionSpec, funnelSpec, reachSpec, referralSpec, retentionSpec } from '../http/analysis-requests';
import type { FeedService } from './feed-service';
import type { WorkspaceSettingsService } from './workspace-settings-service';

export interface AnalyticsServiceDeps {
  readonly reader: AnalyticsReader;
  readonly settings: WorkspaceSettingsService;
  readonly feeds: Pick<FeedService, 'allCosts'>;
  readonly now?: () => Date;
}

/**
 * The analyses, run on the event store: each request becomes the core's spec with the
 * workspace's time zone and reporting currency (an unknown workspace answers
 * WORKSPACE_NOT_FOUND), then one query (docs/analyses.md).
 */
export class AnalyticsService {
  private readonly now: () => Date;

  constructor(private readonly deps: AnalyticsServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async funnel(workspaceId: string, request: z.output<typeof FunnelRequestSchema>): Promise<FunnelResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryFunnel(this.deps.reader, workspaceId, funnelSpec(request, settings));
  }

  async retention(workspaceId: string, request: z.output<typeof RetentionRequestSchema>): Promise<RetentionResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryRetention(this.deps.reader, workspaceId, retentionSpec(request, settings, this.now()));
  }

  async attribution(workspaceId: string, request: z.output<typeof AttributionRequestSchema>): Promise<AttributionResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryAttribution(this.deps.reader, workspaceId, attributionSpec(request, settings));
  }

  async reach(workspaceId: string, request: z.output<typeof ReachRequestSchema>): Promise<ReachResult> {
    const settings = await this.deps.settings.get(workspaceId);
    const spec = reachSpec(request, settings);
    return queryReach(this.deps.reader, workspaceId, spec, await this.deps.feeds.allCosts(workspaceId, { from: spec.period.from, to: spec.period.to }));
  }

  async referrals(workspaceId: string, request: z.output<typeof ReferralRequestSchema>): Promise<ReferralResult> {
    const settings = await this.deps.settings.get(workspaceId);
    return queryReferrals(this.deps.reader, workspaceId, referralSpec(request, settings));
  }

}
