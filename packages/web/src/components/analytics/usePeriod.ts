import { useMemo } from 'react';
import { useSearch } from '../../routing/useSearch';
import { periodFromSearch, todayIn } from './period';
import type { Period } from './period';

/**
 * The period of the current view, kept in the URL (`from`, `to`, `interval`) so the view can be
 * shared by its link. Days are the workspace's calendar days: pass its time zone.
 */
export function usePeriod(timeZone: string | undefined) {
  const [search, update] = useSearch();
  const today = todayIn(timeZone);
  const { period, problem } = useMemo(() => periodFromSearch(search, today), [search, today]);
  const setPeriod = (next: Partial<Period>) => update({ from: next.from ?? period.from, to: next.to ?? period.to, interval: next.interval ?? period.interval });
  return { period, problem, setPeriod, today };
}
