import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { navigate, subscribeToLocation } from './useRoute';

export type SearchUpdate = Record<string, string | null | undefined>;

/**
 * The query string as state: filters, date ranges and choices of a view live in the URL, so a
 * view can be shared by its link and survives a reload. `update` merges keys (null or undefined
 * removes a key) and replaces the history entry unless `push` is asked for.
 *
 * @example
 * const [search, update] = useSearch();
 * update({ from: '2026-10-01', channel: null });
 */
export function useSearch(): [URLSearchParams, (changes: SearchUpdate, options?: { push?: boolean }) => void] {
  const raw = useSyncExternalStore(subscribeToLocation, () => window.location.search);
  const params = useMemo(() => new URLSearchParams(raw), [raw]);
  const update = useCallback((changes: SearchUpdate, options: { push?: boolean } = {}) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: !options.push });
  }, []);
  return [params, update];
}
