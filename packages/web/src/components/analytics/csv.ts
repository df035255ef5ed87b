// Why the browser build: the package's default entry is Node's, which touches Buffer at load and blanks the page.
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A table as CSV text: a header row, then one row per record, RFC 4180 quoting (a bare line break is quoted too), CRLF line ends.
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) are
 * escaped with a leading `'` (OWASP's CSV-injection advice), numbers excepted. A UTF-8 byte order
 * mark leads the text so Excel reads Chinese and Japanese names correctly.
 *
 * @example toCsv(['channel', 'reach'], [['Paid Social', 1200]]) // '\uFEFFchannel,reach\r\nPaid Social,1200\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)));
  return `\uFEFF${stringify([header as string[], ...cells], { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/, cast: { boolean: (v) => (v ? 'true' : 'false') } })}`;
}

/** A file name for an export: the view and the period, without characters file systems refuse. */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'png' | 'svg'): string {
  const base = parts
    .filter(Boolean)
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 120);
  return `${base || 'marketops'}.${extension}`;
}

/** Saves a blob or a data URL as a file through a temporary link (works in every current browser). */
export function download(data: Blob | string, fileName: string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(csv: string, fileName: string): void {
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
