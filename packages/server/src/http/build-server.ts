import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import { createErrorHandler } from './error-handler';
import { catalogRoutes } from './routes/catalog.routes';
import type { RouteDeps } from './routes/context';
import { departmentRoutes } from './routes/departments.routes';
import { templateRoutes } from './routes/templates.routes';
import { workspaceRoutes } from './routes/workspaces.routes';
import { trackingRoutes } from './routes/tracking.routes';
import { ingestionAdminRoutes } from './routes/ingestion-admin.routes';
import { trackerRoutes } from './routes/tracker.routes';
import { feedRoutes } from './routes/feeds.routes';
import { analysisRoutes } from './routes/analyses.routes';
import { metricRoutes } from './routes/metrics.routes';
import { settingsRoutes } from './routes/settings.routes';
import { offlineContactRoutes } from './routes/offline-contacts.routes';
import { channelRulesRoutes } from './routes/channel-rules.routes';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export type HttpServer = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface HttpServerOptions {
  readonly logger: Logger;
  /** Directory of the built web UI; when missing, `/` explains how to build it. */
  readonly webDir: string;
  /** The built browser tracker served at `/t.js`; when missing, `/t.js` explains how to build it. */
  readonly trackerFile: string;
  readonly version: string;
}

/** Request bodies larger than this are refused with 413: an org map is a few kilobytes. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The HTTP edge: API routes, the OpenAPI document (`/openapi.json`) and its rendered reference
 * (`/docs`), and the web UI. Routes are thin; everything they do is in the services of `deps`.
 */
export async function buildHttpServer(deps: RouteDeps, options: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({ loggerInstance: options.logger as FastifyBaseLogger, bodyLimit: BODY_LIMIT_BYTES }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const errorHandler = createErrorHandler(options.logger);
  app.setErrorHandler(errorHandler);
  // Why: the API's answers are JSON, and the largest come on every first screen (`/api/catalog`,
  // 147 KB, is 45 KB gzipped). gzip first: on the catalog brotli's fast levels gave the same size
  // for three times the CPU (about 11 ms against 3). Only answers: request bodies are never
  // inflated (a small compressed body could expand past every size limit the routes check); the
  // tracking routes opt out (small answers, the hot path); the web UI's files are compressed at
  // build time and served as they are. Before the routes: the hooks attach to routes added after it.
  await app.register(fastifyCompress, { globalDecompression: false, encodings: ['gzip', 'br'], threshold: 1024 });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'MarketOps API',
        version: options.version,
        description: 'Workspaces, organisation maps (departments, centres, function assignments), the function catalog and the responsibility check.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', {
    schema: { tags: ['system'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok'), version: z.string() }) } },
  }, async () => ({ status: 'ok' as const, version: options.version }));

  await app.register(catalogRoutes);
  await app.register(templateRoutes(deps));
  await app.register(workspaceRoutes(deps));
  await app.register(departmentRoutes(deps));
  await app.register(ingestionAdminRoutes({ admin: deps.ingestionAdmin, writeKeys: deps.writeKeys, orgService: deps.orgService }));
  await app.register(trackingRoutes({ ingest: deps.ingest, decoder: deps.decoder, writeKeys: deps.writeKeys, channelRules: deps.channelRules, errorHandler, maxInFlight: deps.ingestMaxInFlight }));
  await app.register(trackerRoutes({ file: options.trackerFile, logger: options.logger }));
  await app.register(feedRoutes({ feedService: deps.feedService }));
  await app.register(offlineContactRoutes({ offlineContacts: deps.offlineContacts }));
  await app.register(settingsRoutes({ settings: deps.settings }));
  await app.register(channelRulesRoutes({ channelRules: deps.channelRules }));
  await app.register(analysisRoutes({ analytics: deps.analytics }));
  await app.register(metricRoutes({ orgService: deps.orgService, metrics: deps.metrics, targets: deps.targets }));

  const hasWeb = existsSync(path.join(options.webDir, 'index.html'));
  if (hasWeb) {
    const assets = path.join(options.webDir, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: options.webDir,
      // Why: the build names every file under assets/ by its content's hash, so a browser may keep
      // it for good and never ask again; index.html names the current ones, so it is asked for
      // (revalidated) every time and a new build is seen at once.
      cacheControl: false,
      // The build writes .br and .gz copies of its scripts and styles (packages/web/vite.config.ts).
      preCompressed: true,
      setHeaders: (response, filePath) => {
        response.setHeader('cache-control', filePath.startsWith(assets) ? IMMUTABLE : 'no-cache');
        // Why: a shared cache must not hand the brotli copy to a browser that did not ask for it.
        response.setHeader('vary', 'Accept-Encoding');
      },
    });
  }
  else options.logger.warn({ webDir: options.webDir }, 'web UI not built: run `npm run build:web`');

  app.setNotFoundHandler((request, reply) => {
    // Why /assets/ too: a missing script must fail as one (404), not arrive as the page's HTML.
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/v1/') || request.url.startsWith('/assets/');
    // Why: client-side routes (/w/company-b/matrix) must load the single-page app on reload.
    if (!isApi && request.method === 'GET' && hasWeb) return reply.sendFile('index.html');
    if (!isApi && request.method === 'GET') {
      return reply.type('text/plain; charset=utf-8').status(404).send('The web UI is not built. Run `npm run build:web`, then reload.');
    }
    return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}`, issues: [] } });
  });
  return app;
}
