import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DomainError } from '@marketops/core';
import { CSV_ENCODINGS, type CsvEncoding } from '../../feeds/csv/decode';

/** The options every `marketops import ...` command takes. */
export interface ImportOpts {
  file: string;
  skipBadRows?: boolean;
  encoding?: CsvEncoding;
  json?: boolean;
}

/** Adds the workspace argument and the options every import takes (`--file`, `--skip-bad-rows`, `--encoding`, `--json`). */
export function withCommonOptions(command: Command): Command {
  return command
    .argument('<workspace>', 'workspace id')
    .requiredOption('--file <path>', 'the CSV file')
    .option('--skip-bad-rows', 'import the good rows and report the bad ones, instead of rejecting the whole file')
    .addOption(new Option('--encoding <encoding>', 'the file\'s text encoding').choices([...CSV_ENCODINGS]).default('utf-8'))
    .option('--json', 'print the import report as JSON (the API\'s response)');
}

/** The file's size in bytes (for the progress bar); a missing or unreadable file is a clear error. */
export async function fileSize(file: string): Promise<number> {
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
export function namingFile(error: DomainError, file: string): DomainError {
  return new DomainError(error.code, `${file}: ${error.message}`, error.issues.map((issue) => ({ ...issue, file })));
}
