import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { DomainError } from '@marketops/core';

/**
 * A JSON file checked against the API's schema. A file that cannot be read is IMPORT_FILE_INVALID
 * (exit 3); one that is not JSON or not of the shape is VALIDATION_FAILED naming each field.
 *
 * @example const settings = await readJsonFile('settings.json', MetricSettingsSchema);
 */
export async function readJsonFile<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DomainError('IMPORT_FILE_INVALID', `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', `${file}: not JSON (${(error as Error).message})`, [{ path: '', code: 'VALIDATION_FAILED', message: 'not JSON', file }]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'VALIDATION_FAILED' as const, message: i.message, file }));
    throw new DomainError('VALIDATION_FAILED', `${file}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data;
}
