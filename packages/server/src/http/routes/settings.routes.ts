import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, WorkspaceParamsSchema, WorkspaceSettingsSchema } from '@marketops/contracts';
import type { WorkspaceSettingsService } from '../../app/workspace-settings-service';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

/** `GET/PUT /api/workspaces/{ws}/settings`: the time zone and reporting currency analyses use. */
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
  };
}
