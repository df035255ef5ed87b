import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import fastifyCors from '@fastify/cors';
import { DomainError, type MessageType } from '@marketops/core';
import { TrackingResponseSchema } from '@marketops/contracts';
import type { BodyDecoder } from '../../ingestion/decode-pool';
import { MAX_BATCH_BYTES } from '../../ingestion/edge-checks';
import type { IngestService } from '../../ingestion/ingest-service';
import type { WriteKeyService } from '../../ingestion/write-key-service';
import type { WorkspaceChannelRules } from '../../ingestion/pipeline-cache';
import { EventStoreSaturatedError } from '../../events/event-store-errors';

export interface TrackingRouteDeps {
  readonly ingest: IngestService;
  readonly decoder: BodyDecoder;
  readonly writeKeys: WriteKeyService;
  /** Each workspace's own channel rules (null: the defaults). */
  readonly channelRules: { forIngestion(workspaceId: string): Promise<WorkspaceChannelRules | null> };
  readonly errorHandler: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => unknown;
  /** Requests in flight beyond this answer 503 before their body is read (bounded memory). */
  readonly maxInFlight: number;
}

const SINGLE_ROUTES: readonly MessageType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias'];
const RETRY_AFTER_SECONDS = '1';

/**
 * The Segment-compatible tracking API: `POST /v1/{track,identify,page,screen,group,alias,batch}`.
 * The write key comes as the HTTP Basic username (as Segment's SDKs send it) or as `writeKey` in
 * the body. Status codes follow what the SDKs expect: 400 for what can never succeed (malformed
 * JSON, oversize), 401 for a bad key, 503 + Retry-After when saturated, 200 otherwise — with the
 * rejected messages of a partly bad batch listed in the body and kept as dead letters.
 *
 * The body is read as bytes and handed to the decoder (worker threads: UTF-8, JSON, edge checks,
 * enrichment and encoding); this thread authenticates, deduplicates and writes. Enrichment needs
 * the workspace's channel rules: with the key in the Authorization header (as the SDKs and the
 * browser tracker send it) the workspace is resolved first; with the key only in the body, the
 * body is decoded with the default rules, and decoded again if the workspace has rules of its own.
 */
export function trackingRoutes(deps: TrackingRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    let inFlight = 0;
    // Why any origin: the browser tracker runs on the customers' own sites; a write key can only ingest.
    await app.register(fastifyCors, { origin: '*', methods: ['POST', 'OPTIONS'], allowedHeaders: ['Content-Type', 'Authorization'], exposedHeaders: ['Retry-After'], maxAge: 86_400 });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return deps.errorHandler(tooLarge(Number(request.headers['content-length'] ?? 0)) as unknown as FastifyError, request, reply);
      }
      return deps.errorHandler(error, request, reply);
    });

    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      if (inFlight >= deps.maxInFlight) {
        reply.header('Retry-After', RETRY_AFTER_SECONDS);
        throw new DomainError('INGEST_SATURATED', `the server is busy (${inFlight} requests in flight); retry after ${RETRY_AFTER_SECONDS}s`);
      }
      inFlight++;
      reply.raw.once('close', () => inFlight--);
    });

    // Why bytes: decoding happens on the worker threads, where invalid UTF-8 is refused rather
    // than silently replaced; and the browser tracker's sendBeacon posts JSON as text/plain to
    // avoid a CORS preflight.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'buffer', bodyLimit: MAX_BATCH_BYTES }, (_request, body: Buffer, done) => {
      done(null, body);
    });

    const handle = async (request: FastifyRequest, reply: FastifyReply, routeType?: MessageType) => {
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array)) throw new DomainError('INGEST_PAYLOAD_INVALID', 'expected a JSON body (Content-Type: application/json)');
      const receivedAt = new Date();
      const decode = async (channelRules: WorkspaceChannelRules | null) => {
        const decoded = await deps.decoder.decode({ bytes, receivedAtMs: receivedAt.getTime(), ...(routeType ? { routeType } : {}), ...(channelRules ? { channelRules } : {}) });
        if (decoded.kind === 'invalid') {
          throw new DomainError(
            'INGEST_PAYLOAD_INVALID',
            decoded.message,
            decoded.path === undefined ? undefined : [{ path: decoded.path, code: 'INGEST_PAYLOAD_INVALID', message: decoded.message }],
          );
        }
        if (decoded.kind === 'failed') throw new Error(`decoding the request failed: ${decoded.message}`);
        return decoded;
      };
      const headerKey = basicUsername(request.headers.authorization);
      let workspaceId: string;
      let decoded;
      if (headerKey !== undefined) {
        workspaceId = await deps.writeKeys.resolve(headerKey);
        decoded = await decode(await deps.channelRules.forIngestion(workspaceId));
      } else {
        decoded = await decode(null);
        workspaceId = await deps.writeKeys.resolve(stringOrUndefined(decoded.writeKey));
        const own = await deps.channelRules.forIngestion(workspaceId);
        if (own !== null) decoded = await decode(own);
      }
      try {
        return reply.status(200).send(await deps.ingest.ingestDecoded(workspaceId, receivedAt, decoded));
      } catch (error) {
        if (error instanceof EventStoreSaturatedError) {
          reply.header('Retry-After', RETRY_AFTER_SECONDS);
          throw new DomainError('INGEST_SATURATED', 'the event store is saturated; retry later');
        }
        throw error;
      }
    };

    app.post('/v1/batch', { compress: false, schema: { tags: ['tracking'], summary: 'Segment batch: { batch: [...], sentAt, context }', response: { 200: TrackingResponseSchema } } }, async (request, reply) =>
      handle(request, reply),
    );

    for (const type of SINGLE_ROUTES) {
      app.post(`/v1/${type}`, { compress: false, schema: { tags: ['tracking'], summary: `Segment ${type} call`, response: { 200: TrackingResponseSchema } } }, async (request, reply) =>
        handle(request, reply, type),
      );
    }
  };
}

/** The username of an HTTP Basic `Authorization` header (Segment SDKs: `base64(writeKey + ':')`). */
export function basicUsername(header: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const user = decoded.split(':')[0];
  return user ? user : undefined;
}

const stringOrUndefined = (v: unknown) => (typeof v === 'string' ? v : undefined);
const tooLarge = (bytes: number) =>
  new DomainError('INGEST_PAYLOAD_TOO_LARGE', `the body${bytes ? ` (${bytes} bytes)` : ''} is larger than ${MAX_BATCH_BYTES} bytes; send smaller batches`);
