import { describe, it, expect } from 'vitest';
import type { RowProblem } from '@marketops/core';
import { readCsvRecords, type CsvRecord } from './read-csv';
import type { CsvSource } from './decode';

async function read(source: CsvSource, encoding?: 'gb18030' | 'shift_jis') {
  const records: CsvRecord[] = [];
  const bad: RowProblem[] = [];
  for await (const record of readCsvRecords(source, { encoding, onBadRecord: (p) => bad.push(p) })) records.push(record);
  return { records, bad };
}

async function failure(source: CsvSource): Promise<unknown> {
  return read(source).then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

describe('readCsvRecords', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('drops the BOM, reads %s line ends, skips empty lines and numbers lines from 1', async (_name, eol) => {
    const { records } = await read(['\ufeffa,b', '1,2', '', '3,4', ''].join(eol));
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks, keeping later line numbers right', async () => {
    const { records } = await read('a,b\r\n"x, ""y""","multi\r\nline\r\nnote"\r\n5,6\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'multi\r\nline\r\nnote'] },
      { line: 5, cells: ['5', '6'] },
    ]);
  });

  it('reads a UTF-8 BOM and a CRLF split across chunks', async () => {
    const bytes = new TextEncoder().encode('\ufeff日期,金额\r\n2024-01-01,"1,000"\r\n');
    const { records } = await read(chunks(bytes.slice(0, 2), bytes.slice(2, 15), bytes.slice(15)));
    expect(records.map((r) => r.cells)).toEqual([
      ['日期', '金额'],
      ['2024-01-01', '1,000'],
    ]);
  });

  it('reports a record of the wrong length with its line and goes on', async () => {
    const { records, bad } = await read('a,b\n1,2\n3\n"4\n5",6,7\n8,9\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 6]);
    expect(bad).toEqual([
      { line: 3, field: 'row', reason: expect.stringMatching(/has 1 fields, the header has 2/) },
      { line: 4, field: 'row', reason: expect.stringMatching(/has 3 fields/) },
    ]);
  });

  it.each([
    ['an unclosed quote', 'a,b\n1,2\n"3,4\n5,6\n', 3, /never closed/],
    ['text after a closing quote', 'a,b\n1,2\n"3"x,4\n5,6\n', 3, /Invalid Closing Quote/],
    ['a quote inside an unquoted field', 'a,b\n1,2\n3,4"x\n', 3, /Invalid Opening Quote/],
  ])('fails the whole file on %s, naming the line', async (_name, text, line, reason) => {
    const error = await failure(text);
    expect(error).toMatchObject({ name: 'DomainError', code: 'IMPORT_FILE_INVALID', issues: [{ line }] });
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain(`line ${line}`);
  });

  it('decodes GB18030 and Shift_JIS files when told, and refuses bytes that are not UTF-8', async () => {
    // "日期,金额\r\n" in GB18030 and "日付\r\n" in Shift_JIS.
    const gb = Uint8Array.from([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d, 0x0a]);
    expect((await read(gb, 'gb18030')).records[0]?.cells).toEqual(['日期', '金额']);
    const sjis = Uint8Array.from([0x93, 0xfa, 0x95, 0x74, 0x0d, 0x0a]);
    expect((await read(sjis, 'shift_jis')).records[0]?.cells).toEqual(['日付']);
    const error = await failure(gb);
    expect(error).toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/gb18030/) });
  });

  it('yields nothing for an empty file', async () => {
    expect((await read('')).records).toEqual([]);
    expect((await read('\ufeff\r\n\r\n')).records).toEqual([]);
  });
});
