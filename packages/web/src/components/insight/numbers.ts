import { workspacePath } from '../../routing/route';
import type { Period } from '../analytics/period';

export type Direction = 'higher-is-better' | 'lower-is-better';
export type ChangeTone = 'better' | 'worse' | 'flat' | 'none';

/** The change from the previous period relative to it (0.12 = +12%); null when there is nothing to compare with. */
export function relativeChange(value: number | null | undefined, previous: number | null | undefined): number | null {
  if (value === null || value === undefined || previous === null || previous === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(previous) || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}

/** Whether a change is good news for this metric: up is better for most, down for costs and ranks. */
export function changeTone(change: number | null | undefined, direction: Direction): ChangeTone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'none';
  if (change === 0) return 'flat';
  return change > 0 === (direction === 'higher-is-better') ? 'better' : 'worse';
}

export const isMoneyUnit = (unit: string): boolean => unit === 'currency' || unit === 'currency-per-person';

/**
 * Whether a metric could not be computed because the workspace reports money in no currency
 * (the server answers VALIDATION_FAILED naming `reportingCurrency`): the fix is a setting.
 */
export function isMissingCurrency(problem: { message: string; issues?: readonly { path: string }[] } | null | undefined): boolean {
  if (!problem) return false;
  return problem.message.includes('reportingCurrency') || (problem.issues ?? []).some((i) => i.path === 'reportingCurrency');
}

// Why only the days: each view picks its own bucket size (the dashboards' small trends default to
// weeks, the trend explorer to its own), so a link carries the period and leaves the interval.

/** The department's dashboard for the same period. */
export function dashboardHref(workspaceId: string, departmentId: string, period: Pick<Period, 'from' | 'to'>): string {
  return workspacePath(workspaceId, 'dashboards', departmentId, new URLSearchParams({ from: period.from, to: period.to }));
}

/** The trend explorer on one metric for the same period. */
export function trendHref(workspaceId: string, metricId: string, period: Pick<Period, 'from' | 'to'>): string {
  return workspacePath(workspaceId, 'explore', 'trend', new URLSearchParams({ metric: metricId, from: period.from, to: period.to }));
}
