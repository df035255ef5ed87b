import type { RetentionRequest } from '../../../api/client';
import type { Interval } from '../../analytics/period';
import { decodeMatcher, encodeMatcher, LIMITS } from './codec';
import type { Breakdown, Filter, Matcher } from './codec';
import { matcherDraft, matcherFromDraft, parseNumberField, readChoice, readNumberParam } from './common';
import type { FieldError, MatcherDraft, Read } from './common';
import type { SearchChanges } from './search';

export const RETENTION_KINDS = ['first-time', 'recurring'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
export const RETENTION_MODES = ['on', 'unbounded'] as const;
export type RetentionMode = (typeof RETENTION_MODES)[number];
const PERIODS = { min: 1, max: 120 } as const;

/** Retention in the URL: `start`, `return` (matchers), `cohort` (first-time or recurring), `mode`, `periods`; the bucket is the period's `interval`. */
export interface RetentionState {
  start: Matcher;
  returnTo: Matcher;
  kind: RetentionKind;
  mode: RetentionMode;
  periods: number;
}

/** Of the people who signed up, how many visited again. */
export const DEFAULT_RETENTION: RetentionState = {
  start: { target: { kind: 'event', event: 'Signed Up' } },
  returnTo: { target: { kind: 'page' } },
  kind: 'first-time',
  mode: 'on',
  periods: 8,
};

function readMatcher(search: URLSearchParams, key: string, invalid: string[]): Matcher | undefined {
  const raw = search.get(key);
  if (raw === null) return undefined;
  const matcher = decodeMatcher(raw);
  if (!matcher) invalid.push(key);
  return matcher ?? undefined;
}

export function readRetention(search: URLSearchParams): Read<RetentionState> {
  const invalid: string[] = [];
  const state: RetentionState = { ...DEFAULT_RETENTION };
  state.start = readMatcher(search, 'start', invalid) ?? state.start;
  state.returnTo = readMatcher(search, 'return', invalid) ?? state.returnTo;
  const kind = readChoice(search, 'cohort', RETENTION_KINDS);
  if (kind === null) invalid.push('cohort');
  else if (kind) state.kind = kind;
  const mode = readChoice(search, 'mode', RETENTION_MODES);
  if (mode === null) invalid.push('mode');
  else if (mode) state.mode = mode;
  const periods = readNumberParam(search, 'periods', { ...PERIODS, integer: true });
  if (periods === null) invalid.push('periods');
  else if (periods !== undefined) state.periods = periods;
  return { state, invalid };
}

export function retentionSearch(state: RetentionState): SearchChanges {
  return { start: encodeMatcher(state.start), return: encodeMatcher(state.returnTo), cohort: state.kind, mode: state.mode, periods: String(state.periods) };
}

export interface RetentionDraft {
  start: MatcherDraft;
  returnTo: MatcherDraft;
  kind: RetentionKind;
  mode: RetentionMode;
  periods: string;
}

export function retentionDraft(state: RetentionState): RetentionDraft {
  return { start: matcherDraft(state.start), returnTo: matcherDraft(state.returnTo), kind: state.kind, mode: state.mode, periods: String(state.periods) };
}

export interface RetentionDraftErrors {
  start?: FieldError;
  returnTo?: FieldError;
  periods?: FieldError;
}

export function checkRetentionDraft(draft: RetentionDraft): { state: RetentionState; errors?: undefined } | { state?: undefined; errors: RetentionDraftErrors } {
  const errors: RetentionDraftErrors = {};
  const start = matcherFromDraft(draft.start);
  const returnTo = matcherFromDraft(draft.returnTo);
  const periods = parseNumberField(draft.periods, { ...PERIODS, integer: true });
  if ('error' in start) errors.start = start.error;
  if ('error' in returnTo) errors.returnTo = returnTo.error;
  if ('error' in periods) errors.periods = periods.error;
  if ('error' in start || 'error' in returnTo || 'error' in periods) return { errors };
  return { state: { start: start.matcher, returnTo: returnTo.matcher, kind: draft.kind, mode: draft.mode, periods: periods.value } };
}

/** The API request for retention over a period, with the URL's filters and breakdown (each only when set). */
export function retentionRequest(state: RetentionState, period: { from: string; to: string; interval: Interval }, filters: readonly Filter[], breakdown: Breakdown | undefined): RetentionRequest {
  return {
    period: { from: period.from, to: period.to },
    interval: period.interval,
    periods: state.periods,
    kind: state.kind,
    mode: state.mode,
    startEvent: state.start,
    returnEvent: state.returnTo,
    ...(filters.length ? { filters: [...filters] } : {}),
    ...(breakdown ? { breakdown } : {}),
  };
}

/** The URL key of the breakdown value whose cohorts the result shows (a view choice: never sent to the API). */
export const GROUP_KEY = 'group';

/**
 * The breakdown value the URL asks to show, if any. Without a breakdown (`broken` false) the key
 * means nothing, and an over-long value cannot be one the server sends: both are named in
 * `invalid`. Whether the value is in the answer is known only once it arrives (the result falls
 * back to the largest value then).
 *
 * @example readRetentionGroup(new URLSearchParams('by=channel&group=Email'), true) // { state: 'Email', invalid: [] }
 */
export function readRetentionGroup(search: URLSearchParams, broken: boolean): Read<string | undefined> {
  const raw = search.get(GROUP_KEY);
  if (raw === null || raw === '') return { state: undefined, invalid: [] };
  if (!broken || raw.length > LIMITS.value) return { state: undefined, invalid: [GROUP_KEY] };
  return { state: raw, invalid: [] };
}

export function retentionGroupSearch(group: string | undefined): SearchChanges {
  return { [GROUP_KEY]: group ?? null };
}

export const RETENTION_LIMITS = { periods: PERIODS } as const;
