import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AttributionRequestSchema,
  AttributionResultSchema,
  ErrorResponseSchema,
  FunnelRequestSchema,
  FunnelResultSchema,
  ReachRequestSchema,
  ReachResultSchema,
  ReferralRequestSchema,
  ReferralResultSchema,
  RetentionRequestSchema,
  RetentionResultSchema,
  TrendRequestSchema,
  WorkspaceNamesSchema,
  TrendResultSchema,
  WorkspaceParamsSchema,
} from '@marketops/contracts';
import type { AnalyticsService } from '../../app/analytics-service';
import { clientGone } from '../client-gone';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

/** The core's results are deeply readonly; the answer schemas describe the same JSON as mutable. */
type Writable<T> = T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;
const asAnswer = <T>(value: T) => value as Writable<T>;

/**
 * `POST /api/workspaces/{ws}/analyses/<kind>`: funnel, retention, attribution, reach,
 * referrals and trend on the event store. Bodies
 * are the specs of packages/core/src/analysis (docs/analyses.md); a bad field answers 400 with its
 * path. POST because a spec is a structured document, not a handful of query parameters.
 */
export function analysisRoutes({ analytics }: { readonly analytics: AnalyticsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/workspaces/:workspaceId/names', {
      schema: { tags: ['analyses'], summary: 'Event names and channels to pick in analysis forms: the workspace\'s own, most frequent first, then the known ones not seen yet', params: WorkspaceParamsSchema, response: { 200: WorkspaceNamesSchema, ...errors } },
    }, async (request) => {
      const names = await analytics.names(request.params.workspaceId);
      return { events: [...names.events], channels: [...names.channels] };
    });

    app.post('/api/workspaces/:workspaceId/analyses/funnel', {
      schema: { tags: ['analyses'], summary: 'Funnel: people per step, conversion and median time to convert', params: WorkspaceParamsSchema, body: FunnelRequestSchema, response: { 200: FunnelResultSchema, ...errors } },
    }, async (request) => asAnswer(await analytics.funnel(request.params.workspaceId, request.body)));

    app.post('/api/workspaces/:workspaceId/analyses/retention', {
      schema: { tags: ['analyses'], summary: 'Retention: cohort matrix by day, week or month', params: WorkspaceParamsSchema, body: RetentionRequestSchema, response: { 200: RetentionResultSchema, ...errors } },
    }, async (request) => asAnswer(await analytics.retention(request.params.workspaceId, request.body)));

    app.post('/api/workspaces/:workspaceId/analyses/attribution', {
      schema: { tags: ['analyses'], summary: 'Attribution of conversions and revenue to channels and campaigns, by model (first, last, last non-direct, linear, time decay, position-based, data-driven)', params: WorkspaceParamsSchema, body: AttributionRequestSchema, response: { 200: AttributionResultSchema, ...errors } },
    }, async (request) => asAnswer(await analytics.attribution(request.params.workspaceId, request.body)));

    app.post('/api/workspaces/:workspaceId/analyses/reach', {
      schema: { tags: ['analyses'], summary: 'Reach, frequency, cost and cost per contact per channel and campaign', params: WorkspaceParamsSchema, body: ReachRequestSchema, response: { 200: ReachResultSchema, ...errors } },
    }, async (request) => asAnswer(await analytics.reach(request.params.workspaceId, request.body)));

    app.post('/api/workspaces/:workspaceId/analyses/referrals', {
      schema: { tags: ['analyses'], summary: 'Referral trees, K-factor per cohort and viral cycle time', params: WorkspaceParamsSchema, body: ReferralRequestSchema, response: { 200: ReferralResultSchema, ...errors } },
    }, async (request) => asAnswer(await analytics.referrals(request.params.workspaceId, request.body)));

    app.post('/api/workspaces/:workspaceId/analyses/trend', {
      schema: {
        tags: ['analyses'],
        summary: 'Trend: any metric by day, week or month, with filters, one breakdown (top ten values and "(other)") and the previous period',
        params: WorkspaceParamsSchema,
        body: TrendRequestSchema,
        response: { 200: TrendResultSchema, ...errors },
      },
    }, async (request, reply) => asAnswer(await analytics.trend(request.params.workspaceId, request.body, clientGone(reply))));
  };
}
