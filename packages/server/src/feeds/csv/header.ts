import { DomainError, normaliseLabel, type CellInput } from '@marketops/core';
import type { CsvRecord } from './read-csv';

/** A column found in the header: its position and its name as the file writes it. */
export interface Column {
  readonly index: number;
  readonly name: string;
}

/**
 * The header row of a file, looked up by label: case, width, accents and separators ignored
 * (`Cost_Type`, `COST TYPE` and `cost-type` are one column). Remembers which columns were used, so
 * the import can tell which ones it ignored.
 *
 * @example
 * const header = new Header({ line: 1, cells: ['日期', 'Amount'] });
 * header.find(['date', '日期']) // { index: 0, name: '日期' }
 */
export class Header {
  readonly line: number;
  private readonly byLabel = new Map<string, Column>();
  private readonly used = new Set<number>();

  constructor(private readonly record: CsvRecord) {
    this.line = record.line;
    record.cells.forEach((name, index) => {
      const label = normaliseLabel(name);
      if (label === '') return;
      const earlier = this.byLabel.get(label);
      if (earlier !== undefined) {
        throw fileError(`columns ${earlier.index + 1} and ${index + 1} are both named "${name.trim()}"`, this.line);
      }
      this.byLabel.set(label, { index, name: name.trim() });
    });
  }

  /** The first of `labels` the header has, marked as used; undefined when it has none. */
  find(labels: readonly string[]): Column | undefined {
    for (const label of labels) {
      const column = this.byLabel.get(normaliseLabel(label));
      if (column !== undefined) {
        this.used.add(column.index);
        return column;
      }
    }
    return undefined;
  }

  /** Columns no field was looked up in, in file order. */
  ignoredColumns(): string[] {
    return [...this.byLabel.values()].filter((c) => !this.used.has(c.index)).map((c) => c.name);
  }
}

/** The cell of `record` under `column`, or undefined when the file has no such column. */
export function cellOf(record: CsvRecord, column: Column | undefined): CellInput | undefined {
  if (column === undefined) return undefined;
  return { column: column.name, text: record.cells[column.index] ?? '' };
}

/** A problem with the file as a whole (IMPORT_FILE_INVALID), located at `line` when known. */
export function fileError(message: string, line?: number): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', line === undefined ? message : `line ${line}: ${message}`, [
    { path: 'file', code: 'IMPORT_FILE_INVALID', message, ...(line !== undefined ? { line } : {}) },
  ]);
}

const TOTAL_LABELS = new Set(['total', 'totals', 'grand total', 'sum', '合计', '總計', '总计', '汇总', '合計', '総計', '小計', '小计', 'total general', 'totales', 'suma'].map(normaliseLabel));

/**
 * True for rows a person added below or above the data rather than data: a totals row (its
 * first cell or date cell says Total, 合计, 合計...) or a row of blank cells. Such rows are counted
 * as ignored, not as bad rows.
 *
 * @example isSummaryRow({ line: 9, cells: ['合计', '', '3000'] }, 0) // true
 */
export function isSummaryRow(record: CsvRecord, dateIndex: number): boolean {
  if (record.cells.every((cell) => cell.trim() === '')) return true;
  const labels = [record.cells[0], record.cells[dateIndex]].map((cell) => normaliseLabel(cell ?? ''));
  return labels.some((label) => TOTAL_LABELS.has(label));
}
