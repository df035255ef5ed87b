import { ATTRIBUTION_MODEL_VALUES } from '@marketops/contracts';
import type { AttributionRequest } from '../../../api/client';
import { decodeMatcher, encodeMatcher } from './codec';
import type { Filter, Matcher } from './codec';
import { matcherDraft, matcherFromDraft, parseNumberField, readChoice, readNumberParam } from './common';
import type { FieldError, MatcherDraft, Read } from './common';
import type { SearchChanges } from './search';

export const ATTRIBUTION_MODELS = ATTRIBUTION_MODEL_VALUES;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];
export const ATTRIBUTION_ROWS = ['channel', 'campaign'] as const;
export type AttributionRows = (typeof ATTRIBUTION_ROWS)[number];
const LOOKBACK = { min: 1, max: 365 } as const;
const HALF_LIFE_MAX = 365;

/**
 * Attribution in the URL: `conversion` (a matcher), `models` (comma-separated), `lookback` and
 * `halfLife` (days), `flow` (the model the channel-to-conversion flow shows), `rows` (table rows
 * by channel or by campaign).
 */
export interface AttributionState {
  conversion: Matcher;
  models: AttributionModel[];
  lookbackDays: number;
  halfLifeDays: number;
  flow: AttributionModel;
  rows: AttributionRows;
}

export const DEFAULT_ATTRIBUTION: AttributionState = {
  conversion: { target: { kind: 'event', event: 'Order Completed' } },
  models: [...ATTRIBUTION_MODELS],
  lookbackDays: 30,
  halfLifeDays: 7,
  flow: 'linear',
  rows: 'channel',
};

export function readAttribution(search: URLSearchParams): Read<AttributionState> {
  const invalid: string[] = [];
  const state: AttributionState = { ...DEFAULT_ATTRIBUTION, models: [...DEFAULT_ATTRIBUTION.models] };
  const conversion = search.get('conversion');
  if (conversion !== null) {
    const matcher = decodeMatcher(conversion);
    if (matcher) state.conversion = matcher;
    else invalid.push('conversion');
  }
  const models = search.get('models');
  if (models !== null) {
    const list = models.split(',');
    const known = list.every((m) => (ATTRIBUTION_MODELS as readonly string[]).includes(m));
    if (known && list.length > 0) state.models = ATTRIBUTION_MODELS.filter((m) => list.includes(m));
    else invalid.push('models');
  }
  const lookback = readNumberParam(search, 'lookback', { ...LOOKBACK, integer: true });
  if (lookback === null) invalid.push('lookback');
  else if (lookback !== undefined) state.lookbackDays = lookback;
  const halfLife = readNumberParam(search, 'halfLife', { exclusiveMin: 0, max: HALF_LIFE_MAX });
  if (halfLife === null) invalid.push('halfLife');
  else if (halfLife !== undefined) state.halfLifeDays = halfLife;
  const flow = readChoice(search, 'flow', ATTRIBUTION_MODELS);
  if (flow === null || (flow && !state.models.includes(flow))) invalid.push('flow');
  else if (flow) state.flow = flow;
  if (!state.models.includes(state.flow)) state.flow = state.models[0]!;
  const rows = readChoice(search, 'rows', ATTRIBUTION_ROWS);
  if (rows === null) invalid.push('rows');
  else if (rows) state.rows = rows;
  return { state, invalid };
}

export function attributionSearch(state: AttributionState): SearchChanges {
  return {
    conversion: encodeMatcher(state.conversion),
    models: state.models.join(','),
    lookback: String(state.lookbackDays),
    halfLife: String(state.halfLifeDays),
    flow: state.flow,
    rows: state.rows,
  };
}

export interface AttributionDraft {
  conversion: MatcherDraft;
  models: AttributionModel[];
  lookback: string;
  halfLife: string;
}

export function attributionDraft(state: AttributionState): AttributionDraft {
  return { conversion: matcherDraft(state.conversion), models: [...state.models], lookback: String(state.lookbackDays), halfLife: String(state.halfLifeDays) };
}

export interface AttributionDraftErrors {
  conversion?: FieldError;
  models?: FieldError;
  lookback?: FieldError;
  halfLife?: FieldError;
}

/** Checks the form; the flow and table choices are kept from `current` (the flow moves to a chosen model when its own was unticked). */
export function checkAttributionDraft(
  draft: AttributionDraft,
  current: AttributionState,
): { state: AttributionState; errors?: undefined } | { state?: undefined; errors: AttributionDraftErrors } {
  const errors: AttributionDraftErrors = {};
  const conversion = matcherFromDraft(draft.conversion);
  const lookback = parseNumberField(draft.lookback, { ...LOOKBACK, integer: true });
  const models = ATTRIBUTION_MODELS.filter((m) => draft.models.includes(m));
  // Why: the half-life only matters to time decay; a field the user cannot see in use must not block the form.
  const halfLife = models.includes('time-decay') ? parseNumberField(draft.halfLife, { exclusiveMin: 0, max: HALF_LIFE_MAX }) : { value: current.halfLifeDays };
  if ('error' in conversion) errors.conversion = conversion.error;
  if ('error' in lookback) errors.lookback = lookback.error;
  if ('error' in halfLife) errors.halfLife = halfLife.error;
  if (models.length === 0) errors.models = { code: 'modelsRequired' };
  if ('error' in conversion || 'error' in lookback || 'error' in halfLife || models.length === 0) return { errors };
  const flow = models.includes(current.flow) ? current.flow : models[0]!;
  return { state: { conversion: conversion.matcher, models, lookbackDays: lookback.value, halfLifeDays: halfLife.value, flow, rows: current.rows } };
}

export function attributionRequest(state: AttributionState, period: { from: string; to: string }, filters: readonly Filter[]): AttributionRequest {
  return {
    period: { from: period.from, to: period.to },
    conversion: state.conversion,
    models: state.models,
    lookbackDays: state.lookbackDays,
    ...(state.models.includes('time-decay') ? { halfLifeDays: state.halfLifeDays } : {}),
    ...(filters.length ? { filters: [...filters] } : {}),
  };
}
