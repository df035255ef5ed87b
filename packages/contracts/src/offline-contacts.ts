import { z } from 'zod';
import { RowProblemSchema } from './feeds';

/**
 * Importing offline contacts (attendees of fairs, launches, press events) from a CSV file as
 * identify and track events (docs/feeds.md). The query is the costs import's.
 */
export { CostImportQuerySchema as OfflineContactsImportQuerySchema } from './feeds';

/** What an offline-contacts import did. Importing the same file again gives `accepted` 0. */
export const OfflineContactsImportReportSchema = z.object({
  rows: z.number().int().describe('data rows read, good and bad'),
  people: z.number().int().describe('distinct people (userIds) among the rows sent'),
  accepted: z.number().int().describe('messages stored now: an identify and a track per row'),
  duplicates: z.number().int().describe('messages already stored by an earlier import'),
  rejected: z.number().int().describe('messages the event store refused (also listed in problems)'),
  skipped: z.number().int().describe('bad rows left out (skipBadRows)'),
  ignoredRows: z.number().int(),
  ignoredColumns: z.array(z.string()),
  problems: z.array(RowProblemSchema),
  problemCount: z.number().int(),
});
/** What an offline-contacts import did, as the API answers it. */
export type OfflineContactsImportReportDto = z.infer<typeof OfflineContactsImportReportSchema>;
