/** A value DuckDB binds as a named parameter (the event store's `query` takes these). */
export type SqlValue = string | number | boolean;

/**
 * Collects the values of one statement as named parameters, so no value (property name, event
 * name, time zone, instant) is ever spliced into SQL text; only identifiers from fixed lists are.
 *
 * @example
 * const params = new SqlParams();
 * const sql = `SELECT count(*) FROM events WHERE event = ${params.add('Signed Up')}`; // ... = $p0
 */
export class SqlParams {
  readonly #values: Record<string, SqlValue> = {};
  #next = 0;

  /** The placeholder of a new parameter holding `value`. */
  add(value: SqlValue): string {
    const name = `p${this.#next}`;
    this.#next += 1;
    this.#values[name] = value;
    return `$${name}`;
  }

  /** A placeholder cast to a type from a fixed list (DuckDB infers INTEGER/DOUBLE/VARCHAR). */
  typed(value: SqlValue, type: 'TIMESTAMPTZ' | 'DATE' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'VARCHAR'): string {
    return `CAST(${this.add(value)} AS ${type})`;
  }

  /**
   * The parameters `sql` uses. Why: DuckDB refuses to bind a parameter the statement does not
   * use, and a compiler may drop a part it already built (a condition on an empty list is FALSE).
   */
  usedIn(sql: string): Record<string, SqlValue> {
    return Object.fromEntries(Object.entries(this.#values).filter(([name]) => new RegExp(`\\$${name}(?![0-9])`).test(sql)));
  }
}
