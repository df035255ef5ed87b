import { createReadStream } from 'node:fs';
import { Option, type Command } from 'commander';
import { isDomainError } from '@marketops/core';
import { describeProblem } from '../../app/feed-import';
import type { ImportOptions, ImportReport } from '../../app/feed-service';
import { CHANNEL_STAT_FORMAT_IDS } from '../../feeds/csv/channel-formats/index';
import type { App } from '../../composition-root';
import { presentImportReport } from '../../feed-presenters';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { importProgressBar } from '../progress';
import { withApp } from './open';
import { fileSize, namingFile, withCommonOptions, type ImportOpts } from './import-file';
import { registerOfflineImport } from './import-offline';

/**
 * `marketops import costs|channel-stats <workspace> --file f.csv`: imports a feed file through the
 * feed service (the same rules as the API), streaming it from disk, with a progress bar on a
 * terminal and a summary at the end.
 */
export function registerImport(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  const command = program.command('import').description('import data feeds from CSV files: marketing costs, channel statistics, offline contacts (docs/feeds.md)');

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

  registerOfflineImport(command, globals, io);
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
