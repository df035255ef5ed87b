import { textForm, type ValueTest } from '@marketops/core';
import type { ParamSink } from './sql-params';

/**
 * A value a filter or breakdown reads, as three SQL expressions that follow `filters.ts` exactly:
 * its text form (NULL when it has none), its numeric form (NULL when not numeric) and whether it
 * is present and not null.
 */
export interface ValueSlot {
  readonly text: string;
  readonly numeric: string;
  readonly exists: string;
}

// Why spelled out: JavaScript's String.prototype.trim removes this whole set (WhiteSpace and
// LineTerminator), while DuckDB's trim() removes spaces only. RE2 syntax; a constant, no user text.
const JS_SPACE = '[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';

/** SQL for JavaScript's `text.trim()`. */
export function jsTrim(expr: string): string {
  return `regexp_replace(${expr}, '^${JS_SPACE}+|${JS_SPACE}+$', '', 'g')`;
}

const PLAIN_DECIMAL = `'^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$'`;

function decimalText(expr: string): string {
  return `CASE WHEN regexp_full_match(${jsTrim(expr)}, ${PLAIN_DECIMAL}) THEN TRY_CAST(${jsTrim(expr)} AS DOUBLE) END`;
}

/** A VARCHAR column (channel, a UTM field): its text is itself. */
export function columnSlot(column: string): ValueSlot {
  return { text: column, numeric: decimalText(column), exists: `(${column} IS NOT NULL)` };
}

/**
 * One top-level key of a JSON column (`properties`, `traits`). The key travels as a JSON Pointer
 * parameter (`/plan`; `~` and `/` escaped as RFC 6901 says), so any key, dots and quotes included,
 * names exactly one member.
 */
export function jsonSlot(json: string, key: string, params: ParamSink): ValueSlot {
  const path = params.add(`/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  const type = `json_type(${json}, ${path})`;
  const raw = `(${json} ->> ${path})`;
  // Why the exponent rewrite: DuckDB prints 1e21 where JavaScript's String(1e21) is 1e+21.
  const text = `CASE ${type} WHEN 'VARCHAR' THEN ${raw} WHEN 'BOOLEAN' THEN ${raw} WHEN 'BIGINT' THEN ${raw} WHEN 'UBIGINT' THEN ${raw}
    WHEN 'DOUBLE' THEN regexp_replace(${raw}, 'e([0-9])', 'e+\\1') END`;
  const numeric = `CASE WHEN ${type} IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN TRY_CAST(${raw} AS DOUBLE)
    WHEN ${type} = 'VARCHAR' THEN ${decimalText(raw)} END`;
  return { text: `(${text})`, numeric: `(${numeric})`, exists: `(${type} IS NOT NULL AND ${type} <> 'NULL')` };
}

/**
 * `testValue(actual, test, caseInsensitive)` of filters.ts as a boolean SQL expression (never
 * NULL). Candidate values are turned into their text form here, as the reference does.
 */
export function valueTestSql(slot: ValueSlot, test: ValueTest, caseInsensitive: boolean, params: ParamSink): string {
  const fold = (expr: string): string => (caseInsensitive ? `lower(${expr})` : expr);
  switch (test.op) {
    case 'exists':
      return slot.exists;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[test.op];
      return `COALESCE(${slot.numeric} ${op} CAST(${params.add(test.value)} AS DOUBLE), FALSE)`;
    }
    case 'contains':
      return `COALESCE(contains(lower(${slot.text}), lower(${params.add(test.value)})), FALSE)`;
    case 'equals':
    case 'in': {
      const candidates = test.op === 'equals' ? [test.value] : test.values;
      if (candidates.length === 0) return 'FALSE';
      const list = candidates.map((c) => fold(params.add(textForm(c) ?? ''))).join(', ');
      return `COALESCE(${fold(slot.text)} IN (${list}), FALSE)`;
    }
  }
  // Why: specs can arrive untyped (HTTP); an unknown operator must fail, never become SQL text.
  throw new RangeError(`unknown filter operator: ${String((test as { op: unknown }).op)}`);
}
