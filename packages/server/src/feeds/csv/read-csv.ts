import { Readable } from 'node:stream';
import { CsvError, parse, type Info, type Options } from 'csv-parse';
import { DomainError, type RowProblem } from '@marketops/core';
import { decodeCsvSource, type CsvEncoding, type CsvSource } from './decode';

/** One record of a CSV file and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** How to read a file, and where to report what cannot be read as a record. */
export interface ReadCsvOptions {
  readonly encoding?: CsvEncoding;
  /** Bytes read so far, for progress bars. */
  readonly onBytes?: (bytesRead: number) => void;
  /** A record whose number of fields differs from the header's: reported, not yielded. */
  readonly onBadRecord: (problem: RowProblem) => void;
}

/**
 * Streams the records of a CSV file (the header first) with csv-parse: comma-separated, `"` quotes
 * (fields may hold commas, quotes and line breaks), CRLF, LF or CR line ends, BOM dropped, empty lines skipped,
 * every record as long as the header (`relax_column_count: false`).
 *
 * A record of the wrong length is a bad row (reported through `onBadRecord`, the rest goes on);
 * broken quoting is fatal for the file (IMPORT_FILE_INVALID with its line), because after it no
 * record boundary can be trusted.
 *
 * @example
 * for await (const { line, cells } of readCsvRecords(text, { onBadRecord: (p) => problems.push(p) })) { ... }
 */
export async function* readCsvRecords(source: CsvSource, options: ReadCsvOptions): AsyncGenerator<CsvRecord> {
  const lines = new LineCounter();
  let fatal: CsvError | undefined;
  // Why the explicit type: with `info: true`, on_record receives `{ record, info }`, which
  // csv-parse's overloads do not express.
  const parseOptions: Options<CsvRecord, { record: string[]; info: Info }> = {
    bom: true,
    info: true,
    relax_column_count: false,
    skip_empty_lines: true,
    // Why no record_delimiter: csv-parse detects CRLF, LF or CR (old Excel for Mac) from the
    // first line; listing all three would accept files mixing them, at a third more parse time.
    skip_records_with_error: true,
    // Why: callbacks run synchronously in file order, so line numbers are computed here, not
    // while the records are consumed later.
    on_record: ({ record, info }: { record: string[]; info: Info }) => ({ line: lines.startOf(record, info.lines), cells: record }),
    on_skip: (error: CsvError | undefined) => {
      if (error === undefined) return undefined;
      if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
        const record = Array.isArray(error.record) ? (error.record as string[]) : [];
        const expected = /expect (\d+)/.exec(error.message)?.[1] ?? '?';
        options.onBadRecord({
          line: lines.startOf(record, Number(error.lines)),
          field: 'row',
          reason: `has ${record.length} fields, the header has ${expected} (a missing or extra comma, or an unquoted comma in a value?)`,
        });
      } else fatal ??= error;
      return undefined;
    },
  };
  const parser = parse(parseOptions as unknown as Options);
  const input = Readable.from(decodeCsvSource(source, options.encoding, options.onBytes));
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) {
      if (fatal !== undefined) break;
      yield record;
    }
  } catch (error) {
    throw translate(error, lines);
  } finally {
    input.destroy();
    parser.destroy();
  }
  if (fatal !== undefined) throw translate(fatal, lines);
}

/**
 * Start lines of records. Why not csv-parse's `info.lines` alone: it is the line a record ends on,
 * and it counts a CRLF inside a quoted field as two lines, so every later number drifts by one.
 */
class LineCounter {
  private drift = 0;
  /** The line the last record ended on. */
  lastEnd = 0;

  /** The line `record`, which csv-parse says ends on `endLine`, starts on. */
  startOf(record: readonly string[], endLine: number): number {
    let breaks = 0;
    for (const field of record) {
      if (!field.includes('\n') && !field.includes('\r')) continue;
      this.drift += countMatches(field, /\r\n/g);
      breaks += countMatches(field, /\r\n|\r|\n/g);
    }
    this.lastEnd = endLine - this.drift;
    return this.lastEnd - breaks;
  }

  /** A line csv-parse reported, corrected for the drift so far. */
  corrected(line: number): number {
    return line - this.drift;
  }
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function translate(error: unknown, lines: LineCounter): unknown {
  if (!(error instanceof CsvError)) return error;
  // Why: csv-parse reports an unclosed quote where the file ends; the value opened on the line
  // after the last complete record, which is what a person needs to find.
  const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED';
  const line = unclosed ? lines.lastEnd + 1 : typeof error.lines === 'number' ? lines.corrected(error.lines) : undefined;
  const reason = unclosed ? 'a quoted value opened here is never closed' : error.message.replace(/ at line \d+.*$| on line \d+.*$/, '');
  const message = line === undefined ? `the file is not valid CSV: ${reason}` : `the file is not valid CSV: line ${line}: ${reason}`;
  return new DomainError('IMPORT_FILE_INVALID', message, [{ path: 'file', code: 'IMPORT_FILE_INVALID', message: reason, ...(line !== undefined ? { line } : {}) }]);
}
