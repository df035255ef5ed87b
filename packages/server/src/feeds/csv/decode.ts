import { DomainError } from '@marketops/core';

/** Text encodings a CSV file may be in; UTF-8 (with or without BOM) is the default. */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'gb18030', 'big5', 'shift_jis'] as const;
/** A text encoding a CSV file may be read in. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** A CSV file as text, as bytes, or as a stream of chunks (a file or request stream). */
export type CsvSource = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/**
 * Decodes `source` chunk by chunk, reporting the bytes read so far. Invalid bytes fail the whole
 * file (IMPORT_FILE_INVALID) instead of turning into U+FFFD: Excel on Chinese or Japanese Windows
 * saves "CSV" in GB18030 or Shift_JIS, and a silently garbled channel name would import as a
 * different channel. The BOM is dropped.
 *
 * @example for await (const text of decodeCsvSource(readStream, 'gb18030')) parser.write(text);
 */
export async function* decodeCsvSource(
  source: CsvSource,
  encoding: CsvEncoding = 'utf-8',
  onBytes: (bytesRead: number) => void = () => undefined,
): AsyncGenerator<string> {
  if (typeof source === 'string') {
    onBytes(source.length);
    yield source;
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  let bytesRead = 0;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new DomainError(
        'IMPORT_FILE_INVALID',
        `the file is not valid ${encoding} text (after byte ${bytesRead}); if Excel saved it on Chinese or Japanese Windows, ` +
          'import it with the encoding gb18030 or shift_jis, or save it as "CSV UTF-8"',
      );
    }
  };
  const chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array> = source instanceof Uint8Array ? [source] : source;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      bytesRead += chunk.length;
      onBytes(bytesRead);
      yield chunk;
      continue;
    }
    const text = decode(chunk);
    bytesRead += chunk.byteLength;
    onBytes(bytesRead);
    if (text !== '') yield text;
  }
  const rest = decode();
  if (rest !== '') yield rest;
}
