import { useWorkspaceSettings } from '../../api/queries';
import { usePeriod } from '../analytics/usePeriod';

/**
 * The period of the overview and the dashboards (in the URL) in the workspace's own calendar, and
 * its reporting currency. `ready` turns true once the settings are known, so the first numbers are
 * asked for the workspace's "today", not the browser's; a failed settings read still lets the
 * numbers load (in the browser's zone) and is shown by the caller.
 */
export function useInsightPeriod(workspaceId: string) {
  const settings = useWorkspaceSettings(workspaceId);
  const { period, problem, setPeriod, today } = usePeriod(settings.data?.timeZone);
  return {
    period,
    problem,
    setPeriod,
    today,
    ready: !settings.isPending,
    settings,
    /** The reporting currency; null when the workspace has none, undefined while unknown. */
    currency: settings.data ? settings.data.reportingCurrency : undefined,
  };
}
