import type { ReachRequest } from '../../../api/client';
import { escapePart, unescapePart, LIMITS } from './codec';
import type { Filter } from './codec';
import { readChoice } from './common';
import type { Read } from './common';
import type { SearchChanges } from './search';

export const REACH_ROWS = ['channel', 'campaign'] as const;
export type ReachRows = (typeof REACH_ROWS)[number];
const MAP_ENTRIES = 50;

/**
 * Reach in the URL: `rows` (chart and table by channel or by campaign) and `cmap` (repeated
 * `<cost-file channel>:<channel group>`, parts escaped, e.g. `Google Ads:Paid Search`), which lets
 * a cost file's channel names meet the channel groups of the visits.
 */
export interface ReachState {
  rows: ReachRows;
  channelMap: [string, string][];
}

export const DEFAULT_REACH: ReachState = { rows: 'channel', channelMap: [] };

export function encodeMapEntry([from, to]: readonly [string, string]): string {
  return `${escapePart(from)}:${escapePart(to)}`;
}

export function decodeMapEntry(text: string): [string, string] | null {
  const parts = text.split(':');
  if (parts.length !== 2) return null;
  const from = unescapePart(parts[0]!)?.trim();
  const to = unescapePart(parts[1]!)?.trim();
  if (!from || !to || from.length > LIMITS.key || to.length > LIMITS.key) return null;
  return [from, to];
}

export function readReach(search: URLSearchParams): Read<ReachState> {
  const invalid: string[] = [];
  const state: ReachState = { ...DEFAULT_REACH, channelMap: [] };
  const rows = readChoice(search, 'rows', REACH_ROWS);
  if (rows === null) invalid.push('rows');
  else if (rows) state.rows = rows;
  let badMap = false;
  for (const raw of search.getAll('cmap')) {
    const entry = decodeMapEntry(raw);
    if (entry && state.channelMap.length < MAP_ENTRIES && !state.channelMap.some(([from]) => from.toLowerCase() === entry[0].toLowerCase())) state.channelMap.push(entry);
    else badMap = true;
  }
  if (badMap) invalid.push('cmap');
  return { state, invalid };
}

export function reachSearch(state: ReachState): SearchChanges {
  return { rows: state.rows, cmap: state.channelMap.map(encodeMapEntry) };
}

export function reachRequest(state: ReachState, period: { from: string; to: string }, filters: readonly Filter[]): ReachRequest {
  return {
    period: { from: period.from, to: period.to },
    ...(filters.length ? { filters: [...filters] } : {}),
    ...(state.channelMap.length ? { channelMap: Object.fromEntries(state.channelMap) } : {}),
  };
}

export const REACH_LIMITS = { mapEntries: MAP_ENTRIES } as const;
