import { DomainError, normaliseLabel, type Issue, type RowKeyResult, type RowProblem, type UpsertCounts } from '@marketops/core';
import type { CsvEncoding } from '../feeds/csv/decode';
import type { OpenedFile } from '../feeds/csv/open-table';
import type { ReadCsvOptions } from '../feeds/csv/read-csv';

/** How far an import is: reading (bytes of the file) or writing (rows). */
export type ImportProgress =
  | { readonly phase: 'reading'; readonly bytes: number }
  | { readonly phase: 'writing'; readonly rows: number; readonly totalRows: number };

/** Options of every file import. */
export interface ImportOptions {
  /** Import the good rows and report the bad ones, instead of rejecting the whole file. */
  readonly skipBadRows?: boolean;
  readonly encoding?: CsvEncoding;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** What an import did. Importing the same file again gives `unchanged` = `imported`. */
export interface ImportReport {
  /** Data rows read: good and bad, without the header and ignored rows. */
  readonly rows: number;
  /** Rows written: inserted + updated + unchanged. */
  readonly imported: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Bad rows left out (only with `skipBadRows`). */
  readonly skipped: number;
  /** Totals rows and blank rows, which are not data. */
  readonly ignoredRows: number;
  /** Header columns the format does not read. */
  readonly ignoredColumns: readonly string[];
  /** The first {@link MAX_REPORTED_PROBLEMS} problems, by line. */
  readonly problems: readonly RowProblem[];
  readonly problemCount: number;
}

/** Problems listed in a report or an error; the count says how many there were in all. */
export const MAX_REPORTED_PROBLEMS = 1000;

/** The rows of a file that passed, keyed, with the problems of the others. */
export interface CollectedRows<R> {
  readonly records: R[];
  readonly rows: number;
  readonly badRows: number;
  readonly ignoredRows: number;
  readonly ignoredColumns: readonly string[];
  readonly problems: RowProblem[];
  readonly problemCount: number;
}

/**
 * Reads every row of a file: validated rows get their key and become records; bad rows' problems
 * (including records of the wrong length, which the CSV reader reports) are collected, sorted by
 * line and capped. Nothing is written here.
 */
export async function collectRows<D, R>(
  open: (readOptions: ReadCsvOptions) => Promise<OpenedFile<D>>,
  key: (draft: D) => RowKeyResult,
  toRecord: (draft: D, rowKey: string) => R,
  options: ImportOptions,
): Promise<CollectedRows<R>> {
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const badLines = new Set<number>();
  const report = (problem: RowProblem) => {
    problemCount++;
    badLines.add(problem.line);
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(problem);
  };
  let malformed = 0;
  const file = await open({
    encoding: options.encoding,
    onBytes: (bytes) => options.onProgress?.({ phase: 'reading', bytes }),
    onBadRecord: (problem) => {
      malformed++;
      report(problem);
    },
  });
  const records: R[] = [];
  let rows = 0;
  let ignoredRows = 0;
  for await (const row of file.rows) {
    if (row.kind === 'ignored') {
      ignoredRows++;
      continue;
    }
    rows++;
    if (!row.result.ok) {
      row.result.problems.forEach(report);
      continue;
    }
    const keyed = key(row.result.value);
    if (keyed.ok) records.push(toRecord(row.result.value, keyed.rowKey));
    else report(keyed.problem);
  }
  problems.sort((a, b) => a.line - b.line);
  // Why `malformed` is added: records of the wrong length never reach `file.rows`.
  return { records, rows: rows + malformed, badRows: badLines.size, ignoredRows, ignoredColumns: file.ignoredColumns, problems, problemCount };
}

/** IMPORT_ROWS_INVALID listing the problems: nothing of the file was written. */
export function rowsInvalid(collected: CollectedRows<unknown>): DomainError {
  const { badRows, problemCount, problems } = collected;
  const first = problems[0];
  const summary =
    badRows === 1 && problemCount === 1 && first !== undefined
      ? `line ${first.line}, ${first.field}: ${describeProblem(first)}`
      : `${badRows} rows have ${problemCount} problems${problemCount > problems.length ? ` (the first ${problems.length} are listed)` : ''}`;
  const issues: Issue[] = problems.map((p) => ({ path: p.field, code: 'IMPORT_ROWS_INVALID', message: describeProblem(p), line: p.line }));
  return new DomainError(
    'IMPORT_ROWS_INVALID',
    `${summary}; nothing was imported. Fix the rows, or skip bad rows (CLI --skip-bad-rows, API ?skipBadRows=true)`,
    issues,
  );
}

/**
 * The problem's reason, naming the column as the file writes it when that is not the field's name.
 *
 * @example describeProblem({ line: 2, field: 'amount', column: '金额', reason: '"x" is not a number' }) // '"x" is not a number (column "金额")'
 */
export function describeProblem(problem: RowProblem): string {
  const named = problem.column !== undefined && normaliseLabel(problem.column) !== normaliseLabel(problem.field);
  return named ? `${problem.reason} (column "${problem.column}")` : problem.reason;
}

/** The report of a finished import. */
export function importReport(collected: CollectedRows<unknown>, counts: UpsertCounts): ImportReport {
  return {
    rows: collected.rows,
    imported: counts.inserted + counts.updated + counts.unchanged,
    ...counts,
    skipped: collected.badRows,
    ignoredRows: collected.ignoredRows,
    ignoredColumns: collected.ignoredColumns,
    problems: collected.problems,
    problemCount: collected.problemCount,
  };
}

