import { decodeBreakdown, decodeFilters, encodeBreakdown, encodeFilter, LIMITS } from './codec';
import type { Breakdown, Filter, Matcher } from './codec';
import type { SearchChanges } from './search';

/** A state read from the URL, and the URL keys whose values could not be read (replaced by defaults). */
export interface Read<T> {
  state: T;
  invalid: string[];
}

/** The i18n keys (under `explore.errors`) a form field can fail with. */
export type ErrorCode = 'required' | 'eventRequired' | 'number' | 'positive' | 'wholeNumber' | 'atLeast' | 'atMost' | 'tooLong' | 'tooFewSteps' | 'tooManySteps' | 'modelsRequired';

/** A field's problem: the code, and the bound it broke when it has one. */
export interface FieldError {
  code: ErrorCode;
  limit?: number;
}

/** URL keys every explorer shares, besides the period's `from`, `to` and `interval`. */
export const FILTER_KEY = 'f';
export const BREAKDOWN_KEY = 'by';

/**
 * `['interval']` when the URL names a bucket size that is not day, week or month (the period
 * picker then shows days; this lets the page say why), else nothing.
 */
export function invalidInterval(search: URLSearchParams): string[] {
  const raw = search.get('interval');
  return raw !== null && raw !== '' && !['day', 'week', 'month'].includes(raw) ? ['interval'] : [];
}

/** The filters (`f`, repeated) and breakdown (`by`) of the URL. */
export function readSlicing(search: URLSearchParams): Read<{ filters: Filter[]; breakdown: Breakdown | undefined }> {
  const invalid: string[] = [];
  const { filters, invalid: badFilter } = decodeFilters(search.getAll(FILTER_KEY));
  if (badFilter) invalid.push(FILTER_KEY);
  const by = search.get(BREAKDOWN_KEY);
  let breakdown: Breakdown | undefined;
  if (by !== null && by !== '') {
    breakdown = decodeBreakdown(by) ?? undefined;
    if (!breakdown) invalid.push(BREAKDOWN_KEY);
  }
  return { state: { filters, breakdown }, invalid };
}

export function filtersSearch(filters: readonly Filter[]): SearchChanges {
  return { [FILTER_KEY]: filters.map(encodeFilter) };
}

export function breakdownSearch(breakdown: Breakdown | undefined): SearchChanges {
  return { [BREAKDOWN_KEY]: breakdown ? encodeBreakdown(breakdown) : null };
}

/**
 * A number typed in a form field, checked against bounds. `exclusiveMin` says "greater than".
 *
 * @example parseNumberField('0', { exclusiveMin: 0 }) // { error: { code: 'positive' } }
 */
export function parseNumberField(
  text: string,
  bounds: { exclusiveMin?: number; min?: number; max?: number; integer?: boolean },
): { value: number } | { error: FieldError } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { error: { code: 'required' } };
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { error: { code: 'number' } };
  const value = Number(trimmed);
  if (bounds.exclusiveMin !== undefined && value <= bounds.exclusiveMin) return { error: { code: 'positive' } };
  if (bounds.integer && !Number.isInteger(value)) return { error: { code: 'wholeNumber' } };
  if (bounds.min !== undefined && value < bounds.min) return { error: { code: 'atLeast', limit: bounds.min } };
  if (bounds.max !== undefined && value > bounds.max) return { error: { code: 'atMost', limit: bounds.max } };
  return { value };
}

/** A number from the URL within bounds, or null (so the caller uses its default and notes the key). */
export function readNumberParam(search: URLSearchParams, key: string, bounds: Parameters<typeof parseNumberField>[1]): number | null | undefined {
  const raw = search.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = parseNumberField(raw, bounds);
  return 'value' in parsed ? parsed.value : null;
}

/** One of a list's values from the URL; undefined when absent, null when not one of them. */
export function readChoice<T extends string>(search: URLSearchParams, key: string, choices: readonly T[]): T | null | undefined {
  const raw = search.get(key);
  if (raw === null || raw === '') return undefined;
  return (choices as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** A matcher as a form edits it: its kind and a name (required for a tracked event, optional for a page or screen). */
export interface MatcherDraft {
  kind: 'event' | 'page' | 'screen';
  name: string;
}

export function matcherDraft(matcher: Matcher): MatcherDraft {
  const { target } = matcher;
  return target.kind === 'event' ? { kind: 'event', name: target.event } : { kind: target.kind, name: target.name ?? '' };
}

/** The matcher a draft names, or why it names none. */
export function matcherFromDraft(draft: MatcherDraft): { matcher: Matcher } | { error: FieldError } {
  const name = draft.name.trim();
  if (name.length > LIMITS.name) return { error: { code: 'tooLong', limit: LIMITS.name } };
  if (draft.kind === 'event') return name ? { matcher: { target: { kind: 'event', event: name } } } : { error: { code: 'eventRequired' } };
  return { matcher: { target: name ? { kind: draft.kind, name } : { kind: draft.kind } } };
}
