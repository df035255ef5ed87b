import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChannelRulesInputSchema,
  ChannelRulesTestInputSchema,
  ChannelRulesTestResultSchema,
  ChannelRulesViewSchema,
  ErrorResponseSchema,
  ReclassifyResultSchema,
  WorkspaceParamsSchema,
  type ChannelRuleDto,
  type ChannelRulesView,
} from '@marketops/contracts';
import { UNASSIGNED_CHANNEL, type ChannelRule } from '@marketops/core';
import type { ChannelRulesService, ChannelRulesState } from '../../app/channel-rules-service';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };
const base = '/api/workspaces/:workspaceId/channel-rules';

/**
 * `GET/PUT/DELETE /api/workspaces/{ws}/channel-rules`: the ordered rules that give each incoming
 * message its channel; `POST .../test` classifies sample traffic sources with a draft;
 * `POST .../reclassify` applies the saved rules to events already stored.
 */
export function channelRulesRoutes({ channelRules }: { readonly channelRules: ChannelRulesService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(base, {
      schema: { tags: ['ingestion'], summary: "The workspace's channel rules (MarketOps' defaults until it saves its own)", params: WorkspaceParamsSchema, response: { 200: ChannelRulesViewSchema, ...errors } },
    }, async (request) => view(await channelRules.get(request.params.workspaceId)));

    app.put(base, {
      schema: {
        tags: ['ingestion'],
        summary: 'Replace the channel rules whole (first match wins); new messages use them at once, stored events after a reclassify. A bad rule answers 400 naming its path, e.g. rules.3.when.pattern',
        params: WorkspaceParamsSchema,
        body: ChannelRulesInputSchema,
        response: { 200: ChannelRulesViewSchema, ...errors },
      },
    }, async (request) => view(await channelRules.put(request.params.workspaceId, request.body.rules as ChannelRule[])));

    app.delete(base, {
      schema: { tags: ['ingestion'], summary: "Go back to MarketOps' default rules", params: WorkspaceParamsSchema, response: { 200: ChannelRulesViewSchema, ...errors } },
    }, async (request) => view(await channelRules.reset(request.params.workspaceId)));

    app.post(`${base}/test`, {
      schema: {
        tags: ['ingestion'],
        summary: 'The channel (and the index of the rule that gave it) of each sample traffic source, under a draft rule set or the saved one',
        params: WorkspaceParamsSchema,
        body: ChannelRulesTestInputSchema,
        response: { 200: ChannelRulesTestResultSchema, ...errors },
      },
    }, async (request) => ({ results: await channelRules.test(request.params.workspaceId, request.body.samples, request.body.rules as ChannelRule[] | undefined) }));

    app.post(`${base}/reclassify`, {
      schema: {
        tags: ['ingestion'],
        summary: "Give every stored event of the workspace the channel the saved rules give its traffic source (campaign fields, click ids, referrer, page)",
        params: WorkspaceParamsSchema,
        response: { 200: ReclassifyResultSchema, ...errors },
      },
    }, async (request) => channelRules.reclassify(request.params.workspaceId));
  };
}

/** The service's (read-only) state as the contract's JSON shape. */
function view(state: ChannelRulesState): ChannelRulesView {
  return {
    rules: JSON.parse(JSON.stringify(state.rules)) as ChannelRuleDto[],
    isDefault: state.isDefault,
    updatedAt: state.updatedAt === null ? null : state.updatedAt.toISOString(),
    unassigned: UNASSIGNED_CHANNEL,
  };
}
