import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, OfflineContactsImportQuerySchema, OfflineContactsImportReportSchema, WorkspaceParamsSchema } from '@marketops/contracts';
import type { OfflineContactImport } from '../../app/offline-contact-import';
import { presentOfflineContactsReport } from '../../offline-contacts-presenter';
import { charsetOf, CSV_BODY_LIMIT_BYTES, CSV_TYPES, CsvBodySchema, csvBody } from './feeds.routes';

/** What the offline-contacts route needs: the import only. */
export interface OfflineContactRouteDeps {
  readonly offlineContacts: OfflineContactImport;
}

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 413: ErrorResponseSchema, 503: ErrorResponseSchema };

/**
 * `POST /api/workspaces/:ws/offline-contacts/import`: a CSV of event attendees (`text/csv`, at
 * most 20 MiB) becomes identify and track events. A file with bad rows answers 400
 * IMPORT_ROWS_INVALID with each bad row's line, unless `?skipBadRows=true`; the same file again
 * stores nothing new.
 */
export function offlineContactRoutes({ offlineContacts }: OfflineContactRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Why here too: fastify encapsulates parsers, and this plugin is not the feeds plugin.
    app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

    app.post('/api/workspaces/:workspaceId/offline-contacts/import', {
      bodyLimit: CSV_BODY_LIMIT_BYTES,
      schema: {
        tags: ['feeds'],
        summary: 'Import offline contacts (event attendees) as identify and track events (text/csv body); importing the same file again stores nothing new',
        consumes: CSV_TYPES,
        body: CsvBodySchema,
        params: WorkspaceParamsSchema,
        querystring: OfflineContactsImportQuerySchema,
        response: { 200: OfflineContactsImportReportSchema, ...errors },
      },
    }, async (request) => {
      const encoding = request.query.encoding ?? charsetOf(request.headers['content-type']);
      const report = await offlineContacts.importCsv(request.params.workspaceId, csvBody(request.body), { skipBadRows: request.query.skipBadRows, encoding });
      return presentOfflineContactsReport(report);
    });
  };
}
