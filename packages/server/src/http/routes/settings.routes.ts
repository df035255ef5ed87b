import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, MetricSettingsSchema, WorkspaceParamsSchema, WorkspaceSettingsSchema } from '@marketops/contracts';
import type { MetricSettingsDto } from '@marketops/contracts';
import type { MetricSettings } from '@marketops/core';
import type { WorkspaceSettingsService } from '../../app/workspace-settings-service';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

/**
 * `GET/PUT /api/workspaces/{ws}/settings`: the time zone and reporting currency analyses use;
 * `GET/PUT /api/workspaces/{ws}/metric-settings`: what some metric definitions read.
 */
export function settingsRoutes({ settings }: { readonly settings: WorkspaceSettingsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/workspaces/:workspaceId/settings', {
      schema: { tags: ['workspaces'], summary: 'The workspace\'s reporting settings (defaults until saved: UTC, no reporting currency)', params: WorkspaceParamsSchema, response: { 200: WorkspaceSettingsSchema, ...errors } },
    }, async (request) => settings.get(request.params.workspaceId));

    app.put('/api/workspaces/:workspaceId/settings', {
      schema: {
        tags: ['workspaces'],
        summary: 'Replace the reporting settings; an unknown time zone or currency answers 400 naming the field',
        params: WorkspaceParamsSchema,
        body: WorkspaceSettingsSchema,
        response: { 200: WorkspaceSettingsSchema, ...errors },
      },
    }, async (request) => settings.put(request.params.workspaceId, request.body));

    app.get('/api/workspaces/:workspaceId/metric-settings', {
      schema: { tags: ['workspaces'], summary: 'The metric settings (target audience, retention day, own accounts, store paths, primary store); {} until saved', params: WorkspaceParamsSchema, response: { 200: MetricSettingsSchema, ...errors } },
    }, async (request) => metricSettingsDto(await settings.getMetrics(request.params.workspaceId)));

    app.put('/api/workspaces/:workspaceId/metric-settings', {
      schema: {
        tags: ['workspaces'],
        summary: 'Replace the metric settings whole; a value that would make a metric silently wrong answers 400 naming the field',
        params: WorkspaceParamsSchema,
        body: MetricSettingsSchema,
        response: { 200: MetricSettingsSchema, ...errors },
      },
    }, async (request) => metricSettingsDto(await settings.putMetrics(request.params.workspaceId, request.body)));
  };
}

/** The core's (read-only) settings as the contract's plain JSON shape. */
function metricSettingsDto(settings: MetricSettings): MetricSettingsDto {
  const { targetAudience, ownAccounts, storePathPrefixes, ...rest } = settings;
  return {
    ...rest,
    ...(targetAudience ? { targetAudience: targetAudience.map((c) => (c.op === 'in' ? { ...c, values: [...c.values] } : { ...c })) } : {}),
    ...(ownAccounts ? { ownAccounts: [...ownAccounts] } : {}),
    ...(storePathPrefixes ? { storePathPrefixes: [...storePathPrefixes] } : {}),
  };
}
