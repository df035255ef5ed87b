import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TemplateSummarySchema } from '@marketops/contracts';
import { writeOrgFile } from '../../org-file/write-org-file';
import type { RouteDeps } from './context';

export function templateRoutes({ templates }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/templates', {
      schema: { tags: ['templates'], summary: 'Built-in organisation templates', response: { 200: z.array(TemplateSummarySchema) } },
    }, async () => templates.list());

    app.get('/api/templates/:templateId', {
      schema: {
        tags: ['templates'],
        summary: 'A template as an org file',
        params: z.object({ templateId: z.string() }),
        querystring: z.object({ format: z.enum(['yaml', 'json']).default('yaml') }),
      },
    }, async (request, reply) => {
      const map = await templates.get(request.params.templateId);
      const format = request.query.format;
      return reply.type(format === 'json' ? 'application/json' : 'application/yaml; charset=utf-8').send(writeOrgFile(map, format));
    });
  };
}
