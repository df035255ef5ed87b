import { UTM_FIELDS } from '@marketops/contracts';

/**
 * The explorers' shared vocabulary in the URL: filters, breakdowns and event matchers, each one
 * short text so a view can be shared by its link. Every reader answers `null` for a value it
 * cannot read (never throws): the caller falls back to a default and says so.
 */

export type UtmField = (typeof UTM_FIELDS)[number];
export const FILTER_KINDS = ['channel', 'campaign', 'property', 'trait'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export const FILTER_OPS = ['equals', 'in', 'contains', 'exists', 'gt', 'gte', 'lt', 'lte'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];
type Comparison = 'gt' | 'gte' | 'lt' | 'lte';

export type ValueTest =
  | { op: 'equals'; value: string }
  | { op: 'in'; values: string[] }
  | { op: 'contains'; value: string }
  | { op: 'exists' }
  | { op: Comparison; value: number };

export type Filter =
  | { kind: 'channel'; test: ValueTest }
  | { kind: 'campaign'; field: UtmField; test: ValueTest }
  | { kind: 'property' | 'trait'; key: string; test: ValueTest };

export type Breakdown = { kind: 'channel' } | { kind: 'campaign'; field: UtmField } | { kind: 'property' | 'trait'; key: string };

export type Matcher = { target: { kind: 'event'; event: string } | { kind: 'page' | 'screen'; name?: string } };

/** The API's limits (packages/contracts/src/analyses.ts), checked here so a link cannot make a request the server refuses. */
export const LIMITS = { filters: 20, key: 200, value: 1000, inValues: 1000, name: 200 } as const;

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => value !== undefined && (list as readonly string[]).includes(value);

/** Escapes the separators of the compact form (`:` between parts, `,` between listed values). */
export function escapePart(text: string): string {
  return text.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The reverse of `escapePart`; null for a malformed escape. */
export function unescapePart(text: string): string | null {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function encodeTest(test: ValueTest): string {
  switch (test.op) {
    case 'exists':
      return 'exists';
    case 'in':
      return `in:${test.values.map(escapePart).join(',')}`;
    case 'equals':
    case 'contains':
      return `${test.op}:${escapePart(test.value)}`;
    default:
      return `${test.op}:${String(test.value)}`;
  }
}

function decodeTest(op: string | undefined, rest: string[]): ValueTest | null {
  if (!isOneOf(FILTER_OPS, op)) return null;
  if (op === 'exists') return rest.length === 0 ? { op } : null;
  if (rest.length !== 1) return null;
  const raw = rest[0]!;
  if (op === 'in') {
    const values = raw.split(',').map(unescapePart);
    if (values.length > LIMITS.inValues || values.some((v) => v === null || v === '' || v.length > LIMITS.value)) return null;
    return { op, values: values as string[] };
  }
  if (op === 'equals' || op === 'contains') {
    const value = unescapePart(raw);
    return value === null || value === '' || value.length > LIMITS.value ? null : { op, value };
  }
  // Why: `Number('')` is 0 and `Number(' 1 ')` is 1; only a plain decimal is a number here.
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? { op, value } : null;
}

/**
 * A filter as compact text: `<kind>[:<field or key>]:<op>[:<value>]`, parts escaped by `escapePart`,
 * the values of `in` separated by commas.
 *
 * @example encodeFilter({ kind: 'campaign', field: 'name', test: { op: 'contains', value: 'spring' } }) // 'campaign:name:contains:spring'
 * @example encodeFilter({ kind: 'property', key: 'plan', test: { op: 'in', values: ['pro', 'team'] } }) // 'property:plan:in:pro,team'
 */
export function encodeFilter(filter: Filter): string {
  if (filter.kind === 'channel') return `channel:${encodeTest(filter.test)}`;
  if (filter.kind === 'campaign') return `campaign:${filter.field}:${encodeTest(filter.test)}`;
  return `${filter.kind}:${escapePart(filter.key)}:${encodeTest(filter.test)}`;
}

/** Reads `encodeFilter`'s text; null when it is not a filter the API accepts. */
export function decodeFilter(text: string): Filter | null {
  const [kind, ...parts] = text.split(':');
  if (kind === 'channel') {
    const test = decodeTest(parts[0], parts.slice(1));
    return test ? { kind, test } : null;
  }
  if (kind === 'campaign') {
    const field = parts[0];
    const test = decodeTest(parts[1], parts.slice(2));
    return isOneOf(UTM_FIELDS, field) && test ? { kind, field, test } : null;
  }
  if (kind === 'property' || kind === 'trait') {
    const key = unescapePart(parts[0] ?? '');
    const test = decodeTest(parts[1], parts.slice(2));
    return key && key.length <= LIMITS.key && test ? { kind, key, test } : null;
  }
  return null;
}

/** Reads every filter of a URL (repeated `f`); the ones it cannot read, and any beyond the API's 20, are `invalid`. */
export function decodeFilters(values: readonly string[]): { filters: Filter[]; invalid: boolean } {
  const filters: Filter[] = [];
  let invalid = false;
  for (const value of values) {
    const filter = decodeFilter(value);
    if (filter && filters.length < LIMITS.filters) filters.push(filter);
    else invalid = true;
  }
  return { filters, invalid };
}

/**
 * A breakdown as compact text: `channel`, `campaign:<field>`, `property:<key>`, `trait:<key>`.
 *
 * @example encodeBreakdown({ kind: 'trait', key: 'country' }) // 'trait:country'
 */
export function encodeBreakdown(breakdown: Breakdown): string {
  if (breakdown.kind === 'channel') return 'channel';
  if (breakdown.kind === 'campaign') return `campaign:${breakdown.field}`;
  return `${breakdown.kind}:${escapePart(breakdown.key)}`;
}

export function decodeBreakdown(text: string): Breakdown | null {
  const [kind, ...parts] = text.split(':');
  if (kind === 'channel' && parts.length === 0) return { kind };
  if (kind === 'campaign' && parts.length === 1) return isOneOf(UTM_FIELDS, parts[0]) ? { kind, field: parts[0] } : null;
  if ((kind === 'property' || kind === 'trait') && parts.length === 1) {
    const key = unescapePart(parts[0]!);
    return key && key.length <= LIMITS.key ? { kind, key } : null;
  }
  return null;
}

/**
 * An event matcher as text: `event:<name>`, `page`, `page:<name>`, `screen`, `screen:<name>`. The
 * name is everything after the first colon, as typed (no escaping: it is the last part).
 *
 * @example encodeMatcher({ target: { kind: 'event', event: 'Signed Up' } }) // 'event:Signed Up'
 */
export function encodeMatcher(matcher: Matcher): string {
  const { target } = matcher;
  if (target.kind === 'event') return `event:${target.event}`;
  return target.name ? `${target.kind}:${target.name}` : target.kind;
}

export function decodeMatcher(text: string): Matcher | null {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const name = colon < 0 ? undefined : text.slice(colon + 1);
  if (name !== undefined && name.length > LIMITS.name) return null;
  if (kind === 'event') return name && name.trim() ? { target: { kind, event: name } } : null;
  if (kind === 'page' || kind === 'screen') return { target: name ? { kind, name } : { kind } };
  return null;
}
