import type { FunnelRequest } from '../../../api/client';
import { decodeMatcher, encodeMatcher } from './codec';
import type { Breakdown, Filter, Matcher } from './codec';
import { matcherDraft, matcherFromDraft, parseNumberField, readChoice, readNumberParam } from './common';
import type { FieldError, MatcherDraft, Read } from './common';
import type { SearchChanges } from './search';

export const FUNNEL_ORDERS = ['ordered', 'strict', 'any'] as const;
export type FunnelOrder = (typeof FUNNEL_ORDERS)[number];
export const WINDOW_UNITS = ['minute', 'hour', 'day', 'week'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];
const STEPS = { min: 2, max: 20 } as const;
const WINDOW_MAX = 10_000;

/** A funnel as the explorer keeps it in the URL: `step` (repeated, in order), `order`, `window`, `windowUnit`. */
export interface FunnelState {
  steps: Matcher[];
  order: FunnelOrder;
  window: { value: number; unit: WindowUnit };
}

/** Visit, sign up, buy: a funnel every demo company has data for. */
export const DEFAULT_FUNNEL: FunnelState = {
  steps: [{ target: { kind: 'page' } }, { target: { kind: 'event', event: 'Signed Up' } }, { target: { kind: 'event', event: 'Order Completed' } }],
  order: 'ordered',
  window: { value: 14, unit: 'day' },
};

/** The funnel a URL asks for; unreadable values fall back to the defaults and are named in `invalid`. */
export function readFunnel(search: URLSearchParams): Read<FunnelState> {
  const invalid: string[] = [];
  const state: FunnelState = { ...DEFAULT_FUNNEL, window: { ...DEFAULT_FUNNEL.window } };
  const rawSteps = search.getAll('step');
  if (rawSteps.length > 0) {
    const steps = rawSteps.map(decodeMatcher);
    if (steps.length >= STEPS.min && steps.length <= STEPS.max && steps.every((s): s is Matcher => s !== null)) state.steps = steps;
    else invalid.push('step');
  }
  const order = readChoice(search, 'order', FUNNEL_ORDERS);
  if (order === null) invalid.push('order');
  else if (order) state.order = order;
  const value = readNumberParam(search, 'window', { exclusiveMin: 0, max: WINDOW_MAX });
  if (value === null) invalid.push('window');
  else if (value !== undefined) state.window.value = value;
  const unit = readChoice(search, 'windowUnit', WINDOW_UNITS);
  if (unit === null) invalid.push('windowUnit');
  else if (unit) state.window.unit = unit;
  return { state, invalid };
}

export function funnelSearch(state: FunnelState): SearchChanges {
  return { step: state.steps.map(encodeMatcher), order: state.order, window: String(state.window.value), windowUnit: state.window.unit };
}

/** The funnel form: texts as typed, so a half-typed number can be shown with its error. */
export interface FunnelDraft {
  steps: MatcherDraft[];
  order: FunnelOrder;
  windowValue: string;
  windowUnit: WindowUnit;
}

export function funnelDraft(state: FunnelState): FunnelDraft {
  return { steps: state.steps.map(matcherDraft), order: state.order, windowValue: String(state.window.value), windowUnit: state.window.unit };
}

export interface FunnelDraftErrors {
  steps: (FieldError | undefined)[];
  /** Too few or too many steps. */
  count?: FieldError;
  window?: FieldError;
}

/** Checks the form as typed: every step named, 2 to 20 steps, a window greater than 0. */
export function checkFunnelDraft(draft: FunnelDraft): { state: FunnelState; errors?: undefined } | { state?: undefined; errors: FunnelDraftErrors } {
  const errors: FunnelDraftErrors = { steps: [] };
  const steps: Matcher[] = [];
  let failed = false;
  for (const step of draft.steps) {
    const result = matcherFromDraft(step);
    if ('error' in result) {
      errors.steps.push(result.error);
      failed = true;
    } else {
      errors.steps.push(undefined);
      steps.push(result.matcher);
    }
  }
  if (draft.steps.length < STEPS.min) errors.count = { code: 'tooFewSteps', limit: STEPS.min };
  if (draft.steps.length > STEPS.max) errors.count = { code: 'tooManySteps', limit: STEPS.max };
  const window = parseNumberField(draft.windowValue, { exclusiveMin: 0, max: WINDOW_MAX });
  if ('error' in window) errors.window = window.error;
  if (failed || errors.count || errors.window || !('value' in window)) return { errors };
  return { state: { steps, order: draft.order, window: { value: window.value, unit: draft.windowUnit } } };
}

/** The API request for a funnel over a period, with the URL's filters and breakdown. */
export function funnelRequest(state: FunnelState, period: { from: string; to: string }, filters: readonly Filter[], breakdown: Breakdown | undefined): FunnelRequest {
  return {
    period: { from: period.from, to: period.to },
    steps: state.steps,
    order: state.order,
    window: state.window,
    ...(filters.length ? { filters: [...filters] } : {}),
    ...(breakdown ? { breakdown } : {}),
  };
}

export const FUNNEL_LIMITS = { steps: STEPS, window: WINDOW_MAX } as const;
