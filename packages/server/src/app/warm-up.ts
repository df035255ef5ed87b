import { addDays, departmentMetrics, localDate } from '@marketops/core';
import type { Logger } from '../logging/logger';
import type { MetricsService } from './metrics-service';
import type { OrgService } from './org-service';
import type { WorkspaceSettingsService } from './workspace-settings-service';

export interface WarmUpDeps {
  readonly orgService: Pick<OrgService, 'listWorkspaces' | 'getMap'>;
  readonly settings: Pick<WorkspaceSettingsService, 'get'>;
  readonly metrics: Pick<MetricsService, 'values'>;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/** The web UI's default period: the last 30 days, today included, in the workspace's calendar (`periodFromSearch`). */
const DEFAULT_DAYS = 30;

/** What a warm-up did for one workspace. */
export interface WarmedWorkspace {
  readonly workspaceId: string;
  readonly metrics: number;
  readonly from: string;
  readonly to: string;
  readonly ms: number;
}

/**
 * Computes, once, what the first screens ask for by default: every KPI of every department's
 * dashboard (which holds the overview's yardsticks of assigned functions too) for the last 30
 * days with the previous period, in each workspace's time zone. The answers stay in the
 * query-result cache (`cached-reader.ts`) until the workspace's data changes, so the first reader
 * after a start, or after the first start's demo data landed, is answered from memory instead of
 * waiting for every number to be computed.
 *
 * One workspace at a time, in the background: a request that asks for the same query meanwhile
 * joins it (the cache's in-flight sharing). A metric that fails is left to fail again in front of
 * its reader, where it is shown with its reason; a workspace that fails as a whole is logged and
 * skipped; `signal` stops between workspaces and queries.
 */
export async function warmUpDashboards(deps: WarmUpDeps, signal?: AbortSignal): Promise<WarmedWorkspace[]> {
  const now = deps.now ?? (() => new Date());
  const warmed: WarmedWorkspace[] = [];
  for (const { id: workspaceId } of await deps.orgService.listWorkspaces()) {
    if (signal?.aborted) break;
    const started = performance.now();
    const [{ map }, settings] = await Promise.all([deps.orgService.getMap(workspaceId), deps.settings.get(workspaceId)]);
    const ids = new Set<string>();
    for (const department of map.departments) {
      for (const group of departmentMetrics(department.id, map).accountable) for (const metric of group.metrics) ids.add(metric.id);
    }
    if (ids.size === 0) continue;
    const to = localDate(now(), settings.timeZone);
    const from = addDays(to, -(DEFAULT_DAYS - 1));
    try {
      await deps.metrics.values(workspaceId, [...ids], { from, to, compare: 'true' }, signal);
    } catch (error) {
      if (signal?.aborted) break;
      // Why go on: another workspace's dashboards are worth warming; this one computes when asked.
      deps.logger.warn({ err: error, workspaceId }, 'warming a workspace\'s dashboards failed');
      continue;
    }
    warmed.push({ workspaceId, metrics: ids.size, from, to, ms: Math.round(performance.now() - started) });
    deps.logger.debug({ workspaceId, metrics: ids.size, from, to }, 'dashboards warmed');
  }
  return warmed;
}
