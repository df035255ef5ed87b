import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/logger';
import { trackerRoutes } from './tracker.routes';

const serve = async (file: string) => {
  const app = Fastify();
  await app.register(trackerRoutes({ file, logger: createLogger('silent') }));
  return app;
};

describe('GET /t.js', () => {
  it('serves the file as cacheable JavaScript that any origin may load', async () => {
    // Any readable file stands in for the built tracker.
    const app = await serve(path.join(import.meta.dirname, 'tracker.routes.ts'));
    const res = await app.inject({ method: 'GET', url: '/t.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      'access-control-allow-origin': '*',
    });
    expect(res.body).toContain('trackerRoutes');
  });

  it('answers 404 saying how to build it when the tracker was never built', async () => {
    const app = await serve(path.join(import.meta.dirname, 'no-such-dir', 't.js'));
    const res = await app.inject({ method: 'GET', url: '/t.js' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('npm run build:tracker');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
