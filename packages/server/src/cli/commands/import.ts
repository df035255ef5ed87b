import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DomainError, isDomainError } from '@marketops/core';
import { describeProblem } from '../../app/feed-import';
import type { ImportOptions, ImportReport } from '../../app/feed-service';
import { CHANNEL_STAT_FORMAT_IDS } from '../../feeds/csv/channel-formats/index';
import { CSV_ENCODINGS, type CsvEncoding } from '../../feeds/csv/decode';
import type { App } from '../../composition-root';
import { presentImportReport } from '../../feed-presenters';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { importProgressBar } from '../progress';
import { withApp } from './open';

interface ImportOpts {
  file: string;
  skipBadRows?: boolean;
  encoding?: CsvEncoding;
  json?: boolean;
}

/**
 * `marketops import costs|channel-stats <workspace> --file f.csv`: imports a feed file through the
 * feed service (the same rules as the API), streaming it from disk, with a progress bar on a
 * terminal and a summary at the end.
 */
export function registerImport(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  const command = program.command('import').description('import data feeds from CSV files: marketing costs, channel statistics (docs/feeds.md)');

  withCommonOptions(command.command('costs'))
    .description('import marketing costs (columns: date, channel, campaign, cost_type, amount, currency, function, note, id)')
    .action((workspaceId: string, opts: ImportOpts) =>
      runImport(globals(), io, opts, (app, source, options) => app.feedService.importCostsCsv(workspaceId, source, options), workspaceId),
    );

  withCommonOptions(command.command('channel-stats'))
    .description('import a channel account\'s statistics as exported by the platform')
    .addOption(new Option('--format <format>', 'the export\'s format').choices([...CHANNEL_STAT_FORMAT_IDS]).makeOptionMandatory())
    .option('--account <name>', 'the account the export belongs to (required except for --format generic)')
    .option('--platform <name>', '--format generic without a platform column: the platform')
    .action((workspaceId: string, opts: ImportOpts & { format: string; account?: string; platform?: string }) =>
      runImport(
        globals(),
        io,
        opts,
        (app, source, options) => app.feedService.importChannelStatsCsv(workspaceId, opts.format, source, { ...options, account: opts.account, platform: opts.platform }),
        workspaceId,
      ),
    );
}

function withCommonOptions(command: Command): Command {
  return command
    .argument('<workspace>', 'workspace id')
    .requiredOption('--file <path>', 'the CSV file')
    .option('--skip-bad-rows', 'import the good rows and report the bad ones, instead of rejecting the whole file')
    .addOption(new Option('--encoding <encoding>', 'the file\'s text encoding').choices([...CSV_ENCODINGS]).default('utf-8'))
    .option('--json', 'print the import report as JSON (the API\'s response)');
}

/** Runs one kind of import on the open app. */
type Importer = (app: App, source: AsyncIterable<Uint8Array>, options: ImportOptions) => Promise<ImportReport>;

async function runImport(globals: GlobalOptions, io: CliIo, opts: ImportOpts, importer: Importer, workspaceId: string): Promise<void> {
  const size = await fileSize(opts.file);
  const report = await withApp(globals, async (app) => {
    const bar = importProgressBar(size);
    try {
      return await importer(app, createReadStream(opts.file), { skipBadRows: opts.skipBadRows === true, encoding: opts.encoding, onProgress: bar.onProgress });
    } catch (error) {
      throw isDomainError(error) ? namingFile(error, opts.file) : error;
    } finally {
      bar.stop();
    }
  });
  if (opts.json) return io.out(JSON.stringify(presentImportReport(report), null, 2));
  io.out(summary(report, opts.file, workspaceId));
  if (report.problemCount > 0) {
    io.err(`Skipped ${report.skipped} bad row${report.skipped === 1 ? '' : 's'} (${report.problemCount} problems${report.problemCount > report.problems.length ? `, first ${report.problems.length} shown` : ''}):`);
    for (const p of report.problems) io.err(`  - line ${p.line}, ${p.field}: ${describeProblem(p)}`);
  }
}

function summary(report: ImportReport, file: string, workspaceId: string): string {
  const lines = [
    `Imported ${file} into "${workspaceId}": ${report.imported} of ${report.rows} rows — ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged.`,
  ];
  if (report.ignoredRows > 0) lines.push(`Ignored ${report.ignoredRows} totals or blank row${report.ignoredRows === 1 ? '' : 's'}.`);
  if (report.ignoredColumns.length > 0) lines.push(`Columns not read: ${report.ignoredColumns.join(', ')}.`);
  return lines.join('\n');
}

/** The file's size in bytes (for the progress bar); a missing or unreadable file is a clear error. */
async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return info.size;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new DomainError('IMPORT_FILE_INVALID', `${file}: cannot read the file (${reason})`, [{ path: 'file', code: 'IMPORT_FILE_INVALID', message: reason, file }]);
  }
}

/** The same error with the file named in its message and issues, as the CLI prints them. */
function namingFile(error: DomainError, file: string): DomainError {
  return new DomainError(error.code, `${file}: ${error.message}`, error.issues.map((issue) => ({ ...issue, file })));
}
