import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CheckResponseSchema,
  CreateWorkspaceRequestSchema,
  ErrorResponseSchema,
  ExportQuerySchema,
  OrgFileSchema,
  OrgMapResponseSchema,
  UpdateWorkspaceRequestSchema,
  WorkspaceParamsSchema,
  WorkspaceSummarySchema,
} from '@marketops/contracts';
import { orgFileToMap } from '../../org-file/parse-org-file';
import { writeOrgFile } from '../../org-file/write-org-file';
import { prefixPaths } from '../../app/org-service';
import { presentCheck, presentOrgMap, presentWorkspaceSummary } from '../../presenters';
import { expectedVersion, type RouteDeps } from './context';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

export function workspaceRoutes({ orgService }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/workspaces', {
      schema: { tags: ['workspaces'], summary: 'All workspaces (one per company)', response: { 200: z.array(WorkspaceSummarySchema) } },
    }, async () => (await orgService.listWorkspaces()).map(presentWorkspaceSummary));

    app.post('/api/workspaces', {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace from a built-in template or from an org file',
        body: CreateWorkspaceRequestSchema,
        response: { 201: OrgMapResponseSchema, ...errors },
      },
    }, async (request, reply) => {
      const body = request.body;
      const created =
        'template' in body
          ? await orgService.createFromTemplate(body.template, { id: body.id, name: body.name })
          : await (() => {
              const { map, paths } = orgFileToMap(body.map);
              return orgService.createWorkspace(map, prefixPaths('map', paths));
            })();
      return reply.status(201).send(presentOrgMap(created));
    });

    app.get('/api/workspaces/:workspaceId', {
      schema: { tags: ['workspaces'], summary: 'A workspace\'s organisation map', params: WorkspaceParamsSchema, response: { 200: OrgMapResponseSchema, 404: ErrorResponseSchema } },
    }, async (request, reply) => {
      const found = await orgService.getMap(request.params.workspaceId);
      return reply.header('ETag', `"${found.version}"`).send(presentOrgMap(found));
    });

    app.patch('/api/workspaces/:workspaceId', {
      schema: { tags: ['workspaces'], summary: 'Rename or describe a workspace', params: WorkspaceParamsSchema, body: UpdateWorkspaceRequestSchema, response: { 200: OrgMapResponseSchema, ...errors } },
    }, async (request) => {
      const saved = await orgService.change(request.params.workspaceId, { kind: 'update-workspace', patch: request.body }, expectedVersion(request.headers['if-match']));
      return presentOrgMap(saved);
    });

    app.delete('/api/workspaces/:workspaceId', {
      schema: { tags: ['workspaces'], summary: 'Delete a workspace and its map', params: WorkspaceParamsSchema, response: { 204: z.null(), 404: ErrorResponseSchema } },
    }, async (request, reply) => {
      await orgService.deleteWorkspace(request.params.workspaceId);
      return reply.status(204).send(null);
    });

    app.put('/api/workspaces/:workspaceId/map', {
      schema: {
        tags: ['workspaces'],
        summary: 'Replace the whole map with an org file (import)',
        params: WorkspaceParamsSchema,
        body: OrgFileSchema,
        response: { 200: OrgMapResponseSchema, ...errors },
      },
    }, async (request) => {
      const { map, paths } = orgFileToMap(request.body);
      const saved = await orgService.replaceMap(request.params.workspaceId, map, expectedVersion(request.headers['if-match']), prefixPaths('body', paths));
      return presentOrgMap(saved);
    });

    app.get('/api/workspaces/:workspaceId/export', {
      schema: { tags: ['workspaces'], summary: 'Export the map as an org file (YAML or JSON)', params: WorkspaceParamsSchema, querystring: ExportQuerySchema },
    }, async (request, reply) => {
      const { map } = await orgService.getMap(request.params.workspaceId);
      const format = request.query.format;
      return reply
        .type(format === 'json' ? 'application/json' : 'application/yaml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${map.workspace.id}.org.${format}"`)
        .send(writeOrgFile(map, format));
    });

    app.get('/api/workspaces/:workspaceId/check', {
      schema: {
        tags: ['check'],
        summary: 'The responsibility check: gaps, overlaps, departments mixing awareness and conversion, KPIs per department',
        params: WorkspaceParamsSchema,
        response: { 200: CheckResponseSchema, 404: ErrorResponseSchema },
      },
    }, async (request) => {
      const { report, version } = await orgService.check(request.params.workspaceId);
      return presentCheck(request.params.workspaceId, version, report);
    });
  };
}
