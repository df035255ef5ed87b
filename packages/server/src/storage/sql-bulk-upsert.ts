import { DomainError, type UpsertCounts } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient } from './sql-client';

/** One column of a bulk upsert: its name and the PostgreSQL array type its values are sent as. */
export interface UpsertColumn {
  readonly name: string;
  readonly type: 'text' | 'date' | 'numeric' | 'bigint';
}

/** What to upsert where. Table and column names are constants of the calling store, never input. */
export interface BulkUpsertSpec {
  readonly table: string;
  /** Must start with `workspace_id` and `row_key`, the conflict target. */
  readonly columns: readonly UpsertColumn[];
  /** The SET list of ON CONFLICT DO UPDATE (`t` is the stored row, EXCLUDED the new one). */
  readonly set: string;
  /** The row as stored (`t.a, t.b`) and as it would be after the update, for the changed check. */
  readonly stored: string;
  readonly updated: string;
}

/** Rows per statement: bounded memory per round trip, and progress that moves. */
const CHUNK_ROWS = 5000;

/**
 * Inserts or updates `rows` (values in `spec.columns` order) in one transaction and counts new,
 * changed and unchanged rows. One statement per chunk: the values travel as one array per column
 * (`unnest($1::text[], ...)`), so the statement has as many parameters as columns, whatever the
 * number of rows, and PostgreSQL parses it once. An unchanged row is not rewritten (`WHERE ... IS
 * DISTINCT FROM`), and `xmax = 0` tells a fresh insert from an update (PostgreSQL and PGlite).
 *
 * @example await bulkUpsert(client, COSTS, records.map(toParams), (n) => bar.update(n));
 */
export async function bulkUpsert(
  client: SqlClient,
  spec: BulkUpsertSpec,
  rows: readonly (readonly unknown[])[],
  onProgress: (rowsWritten: number) => void = () => undefined,
): Promise<UpsertCounts> {
  const names = spec.columns.map((c) => c.name).join(', ');
  const arrays = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO ${spec.table} AS t (${names})
SELECT * FROM unnest(${arrays})
ON CONFLICT (workspace_id, row_key) DO UPDATE SET ${spec.set}, updated_at = now()
WHERE (${spec.stored}) IS DISTINCT FROM (${spec.updated})
RETURNING (t.xmax = 0) AS inserted`;
  return client.transaction(async (tx) => {
    let inserted = 0;
    let updated = 0;
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows.slice(start, start + CHUNK_ROWS);
      const params = spec.columns.map((_, i) => chunk.map((row) => row[i] ?? null));
      let result: { inserted: boolean }[];
      try {
        result = await tx.query<{ inserted: boolean }>(sql, params);
      } catch (error) {
        throw translate(error, chunk);
      }
      for (const row of result) {
        if (row.inserted) inserted++;
        else updated++;
      }
      onProgress(start + chunk.length);
    }
    return { inserted, updated, unchanged: rows.length - inserted - updated };
  });
}

const CARDINALITY_VIOLATION = '21000';

function translate(error: unknown, chunk: readonly (readonly unknown[])[]): unknown {
  const state = sqlStateOf(error);
  if (state === SQLSTATE.foreignKeyViolation) {
    const workspaces = [...new Set(chunk.map((row) => String(row[0])))].join('", "');
    return new DomainError('WORKSPACE_NOT_FOUND', `workspace "${workspaces}" does not exist`);
  }
  if (state === CARDINALITY_VIOLATION) {
    // Why a plain Error: callers key rows with the core's keyers, which never repeat a key.
    return new Error('bulk upsert given the same row key twice in one call');
  }
  return error;
}
