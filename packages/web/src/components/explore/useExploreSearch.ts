import { useCallback } from 'react';
import { useSearch } from '../../routing/useSearch';
import { navigate } from '../../routing/useRoute';
import { applySearch } from './url/search';
import type { SearchChanges } from './url/search';

/**
 * The query string as state, like `useSearch`, but able to write lists as repeated keys (funnel
 * steps, filters). Replaces the history entry: Back leaves the explorer rather than undoing edits.
 */
export function useExploreSearch(): [URLSearchParams, (changes: SearchChanges) => void] {
  const [search] = useSearch();
  const apply = useCallback((changes: SearchChanges) => {
    const next = applySearch(new URLSearchParams(window.location.search), changes).toString();
    navigate(`${window.location.pathname}${next ? `?${next}` : ''}`, { replace: true });
  }, []);
  return [search, apply];
}
