import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from '../../logging/logger';

export interface TrackerRouteDeps {
  /** The built browser tracker, `packages/tracker/dist/t.js` by default (MARKETOPS_TRACKER_FILE). */
  readonly file: string;
  readonly logger: Logger;
}

const NOT_BUILT = '// The MarketOps browser tracker is not built. Run `npm run build:tracker`, then restart the server.\n';

/**
 * `GET /t.js`: the browser tracker that customers' sites include with one script tag. Read once
 * at start (a rebuild needs a restart); cached by browsers for an hour; any origin may load it.
 * When it was never built, 404 with a message saying how to build it.
 *
 * @example await app.register(trackerRoutes({ file: config.trackerFile, logger }))
 */
export function trackerRoutes(deps: TrackerRouteDeps): FastifyPluginAsync {
  return async (app) => {
    let script: Buffer | null = null;
    try {
      script = await readFile(deps.file);
    } catch {
      deps.logger.warn({ trackerFile: deps.file }, 'browser tracker not built: run `npm run build:tracker`');
    }

    app.get('/t.js', { schema: { tags: ['tracking'], summary: 'The browser tracker script (see the README, "Browser tracker")' } }, async (_request, reply) => {
      reply.header('Access-Control-Allow-Origin', '*').type('application/javascript; charset=utf-8');
      if (script === null) return reply.status(404).header('Cache-Control', 'no-store').send(NOT_BUILT);
      return reply.header('Cache-Control', 'public, max-age=3600').send(script);
    });
  };
}
