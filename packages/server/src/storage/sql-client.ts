/**
 * The smallest database surface the SQL adapters need, so one implementation of each store runs
 * on embedded PGlite and on a PostgreSQL server. SQL is PostgreSQL dialect with `$1` placeholders.
 */

/** Runs statements; inside a transaction it is bound to that transaction. */
export interface SqlExecutor {
  /**
   * Runs one statement with positional parameters (`$1`, `$2`, ...) and returns its rows.
   * The row type is the caller's claim about the SELECT list: map rows to domain types explicitly.
   *
   * @example
   * const rows = await db.query<{ id: string }>('SELECT id FROM workspaces WHERE name = $1', [name]);
   */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Runs a script of several statements without parameters (migrations). Why a separate method:
   * parameterised queries use the extended protocol, which accepts only one statement.
   */
  exec(sql: string): Promise<void>;
}

/** A connection (or pool) to one database. */
export interface SqlClient extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (the
   * error is rethrown). Use only `tx` inside `fn`; the client itself may be busy with this very
   * transaction (PGlite has a single connection).
   *
   * @example
   * await db.transaction(async (tx) => {
   *   await tx.query('DELETE FROM centres WHERE workspace_id = $1', [id]);
   *   await tx.query('INSERT INTO centres (workspace_id, id, name, position) VALUES ($1, $2, $3, 0)', [id, 'c', 'C']);
   * });
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Waits for work in flight, then releases the database. Safe to call twice. */
  close(): Promise<void>;
  readonly dialect: 'pglite' | 'postgres';
}

/** SQLSTATE codes the adapters react to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  duplicateSchema: '42P06',
} as const;

const SQLSTATE_PATTERN = /^(?:[0-9][0-9A-Z]|F0|HV|P0|XX)[0-9A-Z]{3}$/;

/**
 * The SQLSTATE of a database error from either driver (both expose it as `code`), or undefined
 * for anything else.
 *
 * @example
 * if (sqlStateOf(error) === SQLSTATE.uniqueViolation) throw new DomainError('WORKSPACE_EXISTS', '...');
 */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  // Why the shape check: Node's own errors also carry `code` (ECONNREFUSED, EPIPE), which is no
  // SQLSTATE; SQLSTATE classes start with a digit except F0, HV, P0 and XX.
  return typeof code === 'string' && SQLSTATE_PATTERN.test(code) ? code : undefined;
}
