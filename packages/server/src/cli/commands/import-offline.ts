import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { DomainError, isDomainError } from '@marketops/core';
import { describeProblem } from '../../app/feed-import';
import type { OfflineContactsImportReport } from '../../app/offline-contact-import';
import { presentOfflineContactsReport } from '../../offline-contacts-presenter';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { importProgressBar } from '../progress';
import { fileSize, namingFile, withCommonOptions, type ImportOpts } from './import-file';
import { withApp } from './open';

/**
 * `marketops import offline <workspace> --file contacts.csv`: imports event attendees as identify
 * and track events (docs/feeds.md), opening storage directly like the other imports (so, like
 * them, it fails with STORAGE_UNAVAILABLE while a server holds the embedded data directory: use
 * the API then), with a progress bar on a terminal and a summary at the end.
 */
export function registerOfflineImport(importCommand: Command, globals: () => GlobalOptions, io: CliIo): void {
  withCommonOptions(importCommand.command('offline'))
    .description('import offline contacts (attendees of fairs, launches, press events) as identify and track events')
    .action((workspaceId: string, opts: ImportOpts) => runOfflineImport(globals(), io, opts, workspaceId));
}

async function runOfflineImport(globals: GlobalOptions, io: CliIo, opts: ImportOpts, workspaceId: string): Promise<void> {
  const size = await fileSize(opts.file);
  const report = await withApp(globals, async (app) => {
    const bar = importProgressBar(size);
    try {
      const options = { skipBadRows: opts.skipBadRows === true, encoding: opts.encoding, onProgress: bar.onProgress };
      return await app.offlineContacts.importCsv(workspaceId, createReadStream(opts.file), options);
    } catch (error) {
      throw isDomainError(error) ? namingFile(error, opts.file) : error;
    } finally {
      bar.stop();
    }
  });
  if (opts.json) io.out(JSON.stringify(presentOfflineContactsReport(report), null, 2));
  else {
    io.out(summary(report, opts.file, workspaceId));
    if (report.problemCount > 0) {
      const shown = report.problemCount > report.problems.length ? `, first ${report.problems.length} shown` : '';
      io.err(`${report.skipped} bad row${report.skipped === 1 ? '' : 's'} skipped, ${report.rejected} message${report.rejected === 1 ? '' : 's'} refused (${report.problemCount} problems${shown}):`);
      for (const p of report.problems) io.err(`  - line ${p.line}, ${p.field}: ${describeProblem(p)}`);
    }
  }
  // Why a failure exit: rows the user did not ask to skip were not all stored, and a script must
  // notice. The refused messages are kept as dead letters, nothing is lost.
  if (report.rejected > 0) {
    throw new DomainError(
      'IMPORT_ROWS_INVALID',
      `${opts.file}: ${report.rejected} message${report.rejected === 1 ? ' was' : 's were'} refused by ingestion; they are kept as dead letters (marketops dead-letters list ${workspaceId})`,
    );
  }
}

function summary(report: OfflineContactsImportReport, file: string, workspaceId: string): string {
  const sent = report.rows - report.skipped;
  const lines = [
    `Imported ${file} into "${workspaceId}": ${sent} of ${report.rows} rows, ${report.people} ${report.people === 1 ? 'person' : 'people'} — ` +
      `${report.accepted} events new, ${report.duplicates} already stored${report.rejected > 0 ? `, ${report.rejected} refused` : ''}.`,
  ];
  if (report.ignoredRows > 0) lines.push(`Ignored ${report.ignoredRows} totals or blank row${report.ignoredRows === 1 ? '' : 's'}.`);
  if (report.ignoredColumns.length > 0) lines.push(`Columns not read: ${report.ignoredColumns.join(', ')}.`);
  return lines.join('\n');
}
