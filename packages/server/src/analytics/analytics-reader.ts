import type { QueryParam } from '../events/duckdb/duckdb-event-store';

/**
 * What an analysis needs from the event store: one read-only SQL query with named parameters.
 * `DuckDbEventStore` satisfies it; naming the narrow interface keeps the analyses off the
 * append side and makes clear that they only read.
 */
export interface AnalyticsReader {
  query(sql: string, params?: Readonly<Record<string, QueryParam>>): Promise<Record<string, unknown>[]>;
}

export type { QueryParam };
