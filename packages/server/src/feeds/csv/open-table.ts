import type { RowResult } from '@marketops/core';
import { fileError, Header } from './header';
import { readCsvRecords, type CsvRecord, type ReadCsvOptions } from './read-csv';
import type { CsvSource } from './decode';

/** A CSV file whose header has been read; its data records follow. */
export interface Table {
  readonly header: Header;
  readonly records: AsyncGenerator<CsvRecord>;
}

/** What reading one data row gave: a validated row (or its problems), or a row to ignore. */
export type FileRow<T> = { readonly kind: 'row'; readonly result: RowResult<T> } | { readonly kind: 'ignored'; readonly line: number };

/** A file of one format, opened: the header's unused columns are known before any row is read. */
export interface OpenedFile<T> {
  readonly ignoredColumns: readonly string[];
  readonly rows: AsyncIterable<FileRow<T>>;
}

/**
 * Opens a CSV file and reads its header. An empty file (nothing but perhaps a BOM and blank
 * lines) fails with IMPORT_FILE_INVALID; a file with only a header is valid and has no rows.
 *
 * @example const { header, records } = await openTable(text, { onBadRecord });
 */
export async function openTable(source: CsvSource, options: ReadCsvOptions): Promise<Table> {
  const records = readCsvRecords(source, options);
  const first = await records.next();
  if (first.done === true) throw fileError('the file is empty: expected a header row with the column names');
  return { header: new Header(first.value), records };
}
