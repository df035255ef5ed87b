import type { SqlParams } from './sql-params';

/** The JSON columns of `events` a formula reads; a fixed list, so they can appear in SQL text. */
export type JsonColumn = 'properties' | 'traits' | 'context';

/**
 * One member of a JSON column as SQL expressions that follow the reference's JavaScript reads
 * exactly: `event.properties[name]` is the top-level member `name` (any name, dots and quotes
 * included: it travels as an RFC 6901 JSON Pointer parameter), and its JSON type decides how it
 * compares. `type` is NULL when the member is absent.
 */
export interface JsonMember {
  /** DuckDB's `json_type`: VARCHAR, BIGINT, UBIGINT, DOUBLE, BOOLEAN, NULL, OBJECT, ARRAY, or NULL when absent. */
  readonly type: string;
  /** The member as text (`->>`): a string's value, a number's digits, `true`/`false`. */
  readonly raw: string;
}

const NUMBER_TYPES = `('BIGINT', 'UBIGINT', 'DOUBLE')`;

/** A member path (`['device', 'id']`) as a JSON Pointer parameter. */
export function jsonMember(column: JsonColumn, path: readonly string[], params: SqlParams): JsonMember {
  const pointer = params.add(path.map((name) => `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''));
  return { type: `json_type(${column}, ${pointer})`, raw: `(${column} ->> ${pointer})` };
}

/** `hasValue` of the reference: present, not null, not ''. Never NULL. */
export function memberExists(m: JsonMember): string {
  return `COALESCE(${m.type} <> 'NULL' AND NOT (${m.type} = 'VARCHAR' AND ${m.raw} = ''), FALSE)`;
}

/** The member as a DOUBLE when it is a JSON number (every JSON number is finite), else NULL. */
export function memberNumber(m: JsonMember): string {
  return `(CASE WHEN ${m.type} IN ${NUMBER_TYPES} THEN CAST(${m.raw} AS DOUBLE) END)`;
}

/**
 * A JSON number's text as JavaScript's `String(n)` prints it. The stored JSON was written by
 * `JSON.stringify`, and DuckDB re-prints numbers with the same shortest round-trip digits, except
 * that it writes a positive exponent without its sign (`1e21` where JavaScript has `1e+21`).
 */
export function jsNumberText(raw: string): string {
  return `regexp_replace(${raw}, 'e([0-9])', 'e+\\1')`;
}

/**
 * `propertyKey` of the reference: a non-empty string as it is, a number as its JavaScript text
 * (so 7 and "7" are one key), anything else NULL.
 */
export function memberKeyText(m: JsonMember): string {
  return `(CASE WHEN ${m.type} = 'VARCHAR' THEN NULLIF(${m.raw}, '') WHEN ${m.type} IN ${NUMBER_TYPES} THEN ${jsNumberText(m.raw)} END)`;
}

/** A non-empty JSON string member, else NULL (`typeof v === 'string' && v !== ''`). */
export function memberNonEmptyString(m: JsonMember): string {
  return `(CASE WHEN ${m.type} = 'VARCHAR' AND ${m.raw} <> '' THEN ${m.raw} END)`;
}

/** A JSON string member (empty included), else NULL. */
export function memberString(m: JsonMember): string {
  return `(CASE WHEN ${m.type} = 'VARCHAR' THEN ${m.raw} END)`;
}

/**
 * Strict equality (`===`) of the member with a literal: same JSON type and same value. A number
 * compares as a double, as JavaScript parsed it; a non-finite literal equals nothing stored.
 */
export function memberEquals(m: JsonMember, value: string | number | boolean, params: SqlParams): string {
  if (typeof value === 'string') return `COALESCE(${m.type} = 'VARCHAR' AND ${m.raw} = ${params.add(value)}, FALSE)`;
  if (typeof value === 'boolean') return `COALESCE(${m.type} = 'BOOLEAN' AND ${m.raw} = ${params.add(value ? 'true' : 'false')}, FALSE)`;
  if (!Number.isFinite(value)) return 'FALSE';
  return `COALESCE(${memberNumber(m)} = ${params.typed(value, 'DOUBLE')}, FALSE)`;
}

/** A JSON number in `min..max` (and whole, with `integer`). Never NULL. */
export function memberBetween(m: JsonMember, min: number, max: number, integer: boolean, params: SqlParams): string {
  // Why: DuckDB orders NaN above every number, where JavaScript's comparisons with NaN are false.
  if (Number.isNaN(min) || Number.isNaN(max)) return 'FALSE';
  const n = memberNumber(m);
  const whole = integer ? ` AND ${n} = floor(${n})` : '';
  return `COALESCE(${n} >= ${params.typed(min, 'DOUBLE')} AND ${n} <= ${params.typed(max, 'DOUBLE')}${whole}, FALSE)`;
}
