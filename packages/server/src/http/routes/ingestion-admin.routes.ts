import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateWriteKeyRequestSchema, CreatedWriteKeySchema, ErrorResponseSchema, EventCountSchema, WorkspaceParamsSchema, WriteKeySchema } from '@marketops/contracts';
import type { WriteKeyRecord } from '@marketops/core';
import type { IngestionAdmin } from '../../ingestion/ingestion-admin';
import type { WriteKeyService } from '../../ingestion/write-key-service';
import type { OrgService } from '../../app/org-service';

export interface IngestionAdminRouteDeps {
  readonly admin: IngestionAdmin;
  readonly writeKeys: WriteKeyService;
  readonly orgService: OrgService;
}

const presentKey = (k: WriteKeyRecord) => ({
  id: k.id,
  workspaceId: k.workspaceId,
  label: k.label,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

const DeadLetterSchema = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  batchIndex: z.number().int(),
  field: z.string(),
  code: z.string(),
  reason: z.string(),
  payload: z.string(),
  status: z.enum(['pending', 'replayed', 'discarded']),
  replayedAt: z.string().nullable(),
});

/** Write keys, ingestion health, dead letters and recent events of a workspace. */
export function ingestionAdminRoutes({ admin, writeKeys, orgService }: IngestionAdminRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['ingestion'];
    const existing = async (workspaceId: string) => (await orgService.getMap(workspaceId)).map.workspace.id;

    app.post('/api/workspaces/:workspaceId/write-keys', {
      schema: { tags, summary: 'Create a write key (the key is shown only in this response)', params: WorkspaceParamsSchema, body: CreateWriteKeyRequestSchema, response: { 201: CreatedWriteKeySchema, 404: ErrorResponseSchema } },
    }, async (request, reply) => {
      const created = await writeKeys.create(await existing(request.params.workspaceId), request.body.label);
      return reply.status(201).send({ ...presentKey(created), key: created.key });
    });

    app.get('/api/workspaces/:workspaceId/write-keys', {
      schema: { tags, summary: 'List write keys (without their secret part)', params: WorkspaceParamsSchema, response: { 200: z.array(WriteKeySchema) } },
    }, async (request) => (await writeKeys.list(request.params.workspaceId)).map(presentKey));

    app.delete('/api/workspaces/:workspaceId/write-keys/:keyId', {
      schema: { tags, summary: 'Revoke a write key: it stops ingesting at once', params: z.object({ workspaceId: z.string(), keyId: z.string() }), response: { 200: WriteKeySchema, 404: ErrorResponseSchema } },
    }, async (request) => presentKey(await writeKeys.revoke(request.params.workspaceId, request.params.keyId)));

    app.get('/api/workspaces/:workspaceId/ingestion/health', {
      schema: {
        tags,
        summary: 'Accepted, deduplicated and rejected (by reason) counts, stored events, pending dead letters',
        params: WorkspaceParamsSchema,
        querystring: z.object({ since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
      },
    }, async (request) => {
      const since = request.query.since ?? new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      return admin.health(await existing(request.params.workspaceId), since);
    });

    app.get('/api/workspaces/:workspaceId/dead-letters', {
      schema: {
        tags,
        summary: 'Rejected messages, kept as received',
        params: WorkspaceParamsSchema,
        querystring: z.object({ status: z.enum(['pending', 'replayed', 'discarded']).optional(), limit: z.coerce.number().int().min(1).max(1000).default(100), after: z.coerce.number().int().min(0).default(0) }),
        response: { 200: z.array(DeadLetterSchema) },
      },
    }, async (request) => {
      const letters = await admin.listDeadLetters(request.params.workspaceId, { status: request.query.status, limit: request.query.limit, afterId: request.query.after });
      return letters.map((l) => ({ ...l, receivedAt: l.receivedAt.toISOString(), replayedAt: l.replayedAt?.toISOString() ?? null }));
    });

    app.post('/api/workspaces/:workspaceId/dead-letters/replay', {
      schema: {
        tags,
        summary: 'Replay pending dead letters (all, or the given ids)',
        params: WorkspaceParamsSchema,
        body: z.object({ ids: z.array(z.number().int()).max(10_000).optional(), historicalImport: z.boolean().optional() }).strict(),
      },
    }, async (request) => admin.replay(await existing(request.params.workspaceId), request.body));

    app.get('/api/workspaces/:workspaceId/persons', {
      schema: {
        tags,
        summary: 'People (not devices): latest traits, first and last seen, linked anonymous ids',
        params: WorkspaceParamsSchema,
        querystring: z.object({ personId: z.string().max(255).optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
    }, async (request) => admin.persons(request.params.workspaceId, { limit: request.query.limit, ...(request.query.personId ? { personId: request.query.personId } : {}) }));

    app.get('/api/workspaces/:workspaceId/events/count', {
      schema: {
        tags,
        summary: 'How many events the workspace has stored (the web UI asks whether any has arrived yet)',
        params: WorkspaceParamsSchema,
        response: { 200: EventCountSchema },
      },
    }, async (request) => {
      const workspaceId = await existing(request.params.workspaceId);
      return { workspaceId, count: await admin.storedEvents(workspaceId) };
    });

    app.get('/api/workspaces/:workspaceId/events', {
      schema: {
        tags,
        summary: 'Recent events (for tailing): received after an instant',
        params: WorkspaceParamsSchema,
        querystring: z.object({ receivedAfter: z.iso.datetime({ offset: true }).optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
    }, async (request) => {
      const events = await admin.recentEvents(request.params.workspaceId, {
        ...(request.query.receivedAfter ? { receivedAfter: new Date(request.query.receivedAfter) } : {}),
        limit: request.query.limit,
      });
      return events;
    });
  };
}
