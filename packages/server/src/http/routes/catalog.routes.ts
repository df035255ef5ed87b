import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CATALOG, findFunction, DomainError } from '@marketops/core';
import { CatalogResponseSchema, FunctionSchema } from '@marketops/contracts';
import { orgMapJsonSchema } from '../../org-file/json-schema';

export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/catalog', {
    schema: { tags: ['catalog'], summary: 'The function catalog: stages, orientations, functions with their KPIs, playbooks', response: { 200: CatalogResponseSchema } },
  }, async () => CATALOG as z.infer<typeof CatalogResponseSchema>);

  app.get('/api/catalog/functions/:functionId', {
    schema: { tags: ['catalog'], summary: 'One function of the catalog', params: z.object({ functionId: z.string() }), response: { 200: FunctionSchema } },
  }, async (request) => {
    const fn = findFunction(request.params.functionId);
    if (!fn) throw new DomainError('FUNCTION_NOT_FOUND', `"${request.params.functionId}" is not a function of the catalog`);
    return fn as z.infer<typeof FunctionSchema>;
  });

  app.get('/api/schemas/org-map.json', {
    schema: { tags: ['catalog'], summary: 'JSON Schema of the organisation-map file format (marketops.org/v1)' },
  }, async () => orgMapJsonSchema());
};
