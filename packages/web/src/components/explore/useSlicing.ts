import { useMemo } from 'react';
import { useExploreSearch } from './useExploreSearch';
import { breakdownSearch, filtersSearch, readSlicing } from './url/common';
import type { Breakdown, Filter } from './url/codec';

/** The view's filters and breakdown, read from and written to the URL (`f`, `by`). */
export function useSlicing() {
  const [search, apply] = useExploreSearch();
  const read = useMemo(() => readSlicing(search), [search]);
  return {
    filters: read.state.filters,
    breakdown: read.state.breakdown,
    invalid: read.invalid,
    setFilters: (filters: Filter[]) => apply(filtersSearch(filters)),
    setBreakdown: (breakdown: Breakdown | undefined) => apply(breakdownSearch(breakdown)),
  };
}
