import {
  createOfflineContactRowKeyer,
  DomainError,
  offlineContactMessages,
  offlinePersonId,
  type OfflineContactDraft,
  type OrgStore,
  type RowProblem,
  type SegmentMessage,
} from '@marketops/core';
import type { CsvSource } from '../feeds/csv/decode';
import { openOfflineContactsFile } from '../feeds/csv/offline-contacts-csv';
import { EventStoreSaturatedError } from '../events/event-store-errors';
import type { IngestService } from '../ingestion/ingest-service';
import type { Logger } from '../logging/logger';
import { collectRows, MAX_REPORTED_PROBLEMS, rowsInvalid, type CollectedRows, type ImportOptions } from './feed-import';

/** What an offline-contacts import did. Importing the same file again gives `accepted` 0. */
export interface OfflineContactsImportReport {
  /** Data rows read: good and bad, without the header and ignored rows. */
  readonly rows: number;
  /** Distinct people (userIds) among the rows sent. */
  readonly people: number;
  /** Messages (an identify and a track per row) stored now. */
  readonly accepted: number;
  /** Messages already stored by an earlier import of the same rows. */
  readonly duplicates: number;
  /** Messages the event store refused (each also listed in `problems`); they are in the dead letters. */
  readonly rejected: number;
  /** Bad rows left out (only with `skipBadRows`). */
  readonly skipped: number;
  readonly ignoredRows: number;
  readonly ignoredColumns: readonly string[];
  readonly problems: readonly RowProblem[];
  readonly problemCount: number;
}

/** What the import works with: the ingestion service, the org store (workspaces), a logger. */
export interface OfflineContactImportDeps {
  readonly ingest: Pick<IngestService, 'ingest'>;
  readonly orgs: Pick<OrgStore, 'getOrgMap'>;
  readonly logger: Logger;
  /** The clock (tests). */
  readonly now?: () => Date;
  /** Rows per ingestion call (tests). */
  readonly chunkRows?: number;
}

/** Rows sent per ingestion call: 1000 messages, well below the store's queue limit. */
const CHUNK_ROWS = 500;
const SATURATED_ATTEMPTS = 5;
const HOUR_MS = 3_600_000;

interface KeyedContact {
  readonly draft: OfflineContactDraft;
  readonly rowKey: string;
}

/**
 * Imports offline contacts (attendees of fairs, launches, press events: docs/feeds.md) as an
 * `identify` and an `Event Attended` track per row, through the ingestion service as a
 * historical import. The whole file is read and validated first: a file with bad rows writes
 * nothing (IMPORT_ROWS_INVALID) unless `skipBadRows`. Messages have deterministic ids, so importing
 * the same file again stores nothing new (`duplicates`).
 *
 * @example
 * const report = await offline.importCsv('acme', createReadStream('fair.csv'));
 * report.accepted // 240 (120 rows)
 */
export class OfflineContactImport {
  constructor(private readonly deps: OfflineContactImportDeps) {}

  async importCsv(workspaceId: string, source: CsvSource, options: ImportOptions = {}): Promise<OfflineContactsImportReport> {
    if ((await this.deps.orgs.getOrgMap(workspaceId)) === null) {
      throw new DomainError('WORKSPACE_NOT_FOUND', `workspace "${workspaceId}" does not exist`);
    }
    const now = this.deps.now?.() ?? new Date();
    // Why now + 11 h: a day's noon UTC must be at most 23 h ahead, or ingestion clamps it to now.
    const latestDate = new Date(now.getTime() + 11 * HOUR_MS).toISOString().slice(0, 10);
    const collected = await collectRows(
      (readOptions) => openOfflineContactsFile(source, { latestDate }, readOptions),
      createOfflineContactRowKeyer(),
      (draft, rowKey): KeyedContact => ({ draft, rowKey }),
      options,
    );
    if (collected.problemCount > 0 && options.skipBadRows !== true) throw rowsInvalid(collected);
    const report = await this.send(workspaceId, collected, options);
    this.deps.logger.info({ workspaceId, feed: 'offline-contacts', rows: report.rows, accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected, skipped: report.skipped }, 'feed imported');
    return report;
  }

  private async send(workspaceId: string, collected: CollectedRows<KeyedContact>, options: ImportOptions): Promise<OfflineContactsImportReport> {
    const contacts = collected.records;
    const chunkRows = this.deps.chunkRows ?? CHUNK_ROWS;
    const people = new Set<string>();
    const problems = [...collected.problems];
    let problemCount = collected.problemCount;
    let accepted = 0;
    let duplicates = 0;
    let rejected = 0;
    for (let start = 0; start < contacts.length; start += chunkRows) {
      const chunk = contacts.slice(start, start + chunkRows);
      const messages: SegmentMessage[] = [];
      for (const { draft, rowKey } of chunk) {
        people.add(offlinePersonId(draft));
        messages.push(...offlineContactMessages(workspaceId, draft, rowKey));
      }
      const result = await this.ingestWithRetry(workspaceId, messages);
      accepted += result.accepted;
      duplicates += result.duplicates;
      for (const r of result.rejected) {
        // Why never silent: validation should make this impossible; if it happens, the row is named.
        rejected++;
        problemCount++;
        const line = chunk[Math.floor(r.index / 2)]?.draft.line ?? 0;
        const kind = r.index % 2 === 0 ? 'identify' : 'track';
        if (problems.length < MAX_REPORTED_PROBLEMS) problems.push({ line, field: 'event', reason: `the event store refused the ${kind} message (${r.code}, ${r.field}): ${r.reason}` });
      }
      options.onProgress?.({ phase: 'writing', rows: Math.min(start + chunkRows, contacts.length), totalRows: contacts.length });
    }
    if (rejected > 0) this.deps.logger.error({ workspaceId, feed: 'offline-contacts', rejected }, 'the event store refused validated offline-contact messages');
    return {
      rows: collected.rows,
      people: people.size,
      accepted,
      duplicates,
      rejected,
      skipped: collected.badRows,
      ignoredRows: collected.ignoredRows,
      ignoredColumns: collected.ignoredColumns,
      problems: problems.sort((a, b) => a.line - b.line),
      problemCount,
    };
  }

  /** One ingestion call; a saturated store (the server busy with live traffic) is waited for a few times. */
  private async ingestWithRetry(workspaceId: string, messages: readonly SegmentMessage[]) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.deps.ingest.ingest({ workspaceId, messages, receivedAt: new Date(), historicalImport: true });
      } catch (error) {
        if (!(error instanceof EventStoreSaturatedError)) throw error;
        if (attempt >= SATURATED_ATTEMPTS) {
          throw new DomainError('INGEST_SATURATED', 'the event store is saturated; the rows sent so far are stored, and importing the file again later completes it (the rows already stored count as duplicates)');
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(error.retryAfterSeconds, 5) * 1000));
      }
    }
  }
}
