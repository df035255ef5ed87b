import type { RowProblem } from './model';
import type { Parsed } from './numbers';

/** One cell of a file: its text and the column header it sits under (null for a fixed value). */
export interface CellInput {
  readonly column: string | null;
  readonly text: string;
}

/**
 * Cells that mean "no value" in exports: empty, dashes (Chinese exports print `-` or `--` for
 * days without data) and `N/A`.
 *
 * @example isBlankCell({ column: '阅读次数', text: ' -- ' }) // true
 */
export function isBlankCell(cell: CellInput | undefined): boolean {
  if (cell === undefined) return true;
  const text = cell.text.trim();
  return text === '' || /^[-\u2013\u2014]+$/.test(text) || /^n\/?a$/i.test(text);
}

/** Collects problems of one row while its cells are read. */
export class RowProblems {
  readonly list: RowProblem[] = [];

  constructor(private readonly line: number) {}

  /** Records a problem with `field` (canonical name) in `cell`. */
  add(field: string, cell: CellInput | undefined, reason: string): void {
    const column = cell?.column ?? undefined;
    this.list.push(column === undefined || column === null ? { line: this.line, field, reason } : { line: this.line, field, column, reason });
  }

  /** The parsed value, or undefined after recording why it is not one. */
  take<T>(field: string, cell: CellInput | undefined, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.add(field, cell, parsed.reason);
    return undefined;
  }

  /** Trimmed text with inner whitespace runs kept, or null when blank; too long is a problem. */
  optionalText(field: string, cell: CellInput | undefined, maxLength: number): string | null {
    if (isBlankText(cell)) return null;
    const text = (cell?.text ?? '').trim();
    if ([...text].length > maxLength) {
      this.add(field, cell, `is longer than ${maxLength} characters`);
      return null;
    }
    return text;
  }

  /** Like {@link optionalText}, but blank is a problem. */
  requiredText(field: string, cell: CellInput | undefined, maxLength: number): string | undefined {
    if (isBlankText(cell)) {
      this.add(field, cell, 'is required');
      return undefined;
    }
    return this.optionalText(field, cell, maxLength) ?? undefined;
  }
}

function isBlankText(cell: CellInput | undefined): boolean {
  return cell === undefined || cell.text.trim() === '';
}
