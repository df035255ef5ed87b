import type { QueryParam } from './analytics-reader';

/**
 * Collects the values of one query as named parameters. Every user-supplied value (names,
 * property keys, filter values, time zones, instants) goes through `add`, so no value is ever
 * spliced into SQL text; only identifiers from fixed allow-lists are.
 *
 * @example
 * const params = new SqlParams();
 * const sql = `SELECT * FROM events WHERE event = ${params.add('Signed Up')}`; // ... = $p0
 */
export class SqlParams {
  readonly values: Record<string, QueryParam> = {};
  #next = 0;

  /** The placeholder of a new parameter holding `value`. */
  add(value: QueryParam): string {
    const name = `p${this.#next}`;
    this.#next += 1;
    this.values[name] = value;
    return `$${name}`;
  }

  /**
   * The parameters `sql` refers to. Why: DuckDB refuses to bind a parameter the statement does
   * not use, and a builder may drop a part it already made (a test on an empty `in` list is FALSE).
   */
  usedIn(sql: string): Record<string, QueryParam> {
    return Object.fromEntries(Object.entries(this.values).filter(([name]) => new RegExp(`\\$${name}(?![0-9])`).test(sql)));
  }
}

/**
 * What the SQL fragment builders need of a parameter list: a way to add a value. Why a
 * structural type: the metric engine's own `SqlParams` (metrics-sql) passes too, so the trend can
 * compile the analyses' filters into the metric engine's statements with one set of parameters.
 */
export type ParamSink = Pick<SqlParams, 'add'>;
