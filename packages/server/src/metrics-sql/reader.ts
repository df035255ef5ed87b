import type { SqlValue } from './sql-params';

/**
 * What the engine needs of the event store: one read-only query with named parameters. The
 * DuckDB adapter (`DuckDbEventStore.query`) is one; a test double or another adapter can be.
 */
export interface MetricSqlReader {
  query(sql: string, params?: Readonly<Record<string, SqlValue>>): Promise<Record<string, unknown>[]>;
}

/** A count or sum read back from DuckDB (BIGINT arrives as bigint, HUGEINT too) as a number. */
export function numberOf(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  throw new TypeError(`expected a number from DuckDB, got ${typeof value}`);
}

/** A nullable numeric column as a number or null. */
export function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : numberOf(value);
}

/** A text column as a string or null. */
export function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  throw new TypeError(`expected text from DuckDB, got ${typeof value}`);
}
