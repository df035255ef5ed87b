import type { CatalogResponse } from '@marketops/contracts';
import { periodFromSearch, todayIn } from '../components/analytics/period';
import { buildChain, overviewMetricIds } from '../components/insight/chain';
import { parseRoute } from '../routing/route';
import { startEarlyGet } from './earlyResponses';
import { paths } from './paths';

/**
 * Starts the first screen's requests before the application has loaded (`boot.ts` calls this,
 * then loads the application). Why: on two cores, evaluating the application's script and its
 * first render keep the browser busy for about half a second before any component asks for data,
 * and the server can compute the numbers meanwhile. The typed client takes each response when a
 * component asks for the same path (`earlyResponses.ts`) and checks it with its schema as usual;
 * a failure here is the client's to meet and show.
 *
 * The numbers follow the components' rules: the period from the URL in the workspace's calendar
 * (its time zone from the settings), the dashboard of the department in the path or the map's
 * first, the overview's yardsticks (whether or not the workspace has events yet). Answers read here
 * are read only as far as choosing a path (parsed once, shared with the first render); nothing here is shown.
 */
export function startEarlyRequests(location: Pick<Location, 'pathname' | 'search'>): void {
  const route = parseRoute(location.pathname);
  const catalog = startEarlyGet(paths.catalog);
  startEarlyGet(paths.workspaces);
  if (route.kind !== 'workspace') return;
  const { workspaceId, view } = route;
  const map = startEarlyGet(paths.workspace(workspaceId));
  const settings = startEarlyGet(paths.settings(workspaceId));
  startEarlyGet(paths.eventCount(workspaceId));
  if (view !== 'dashboards' && view !== 'overview') return;
  const period = async () => {
    const { timeZone } = await answerOf<{ timeZone?: string }>(settings);
    return periodFromSearch(new URLSearchParams(location.search), todayIn(timeZone)).period;
  };
  const numbers = async () => {
    if (view === 'dashboards') {
      startEarlyGet(paths.metrics);
      const [{ departments }, { from, to }] = await Promise.all([answerOf<{ departments: { id: string }[] }>(map), period()]);
      const departmentId = route.sub ?? departments[0]?.id;
      if (departmentId !== undefined) startEarlyGet(paths.departmentKpis(workspaceId, departmentId, { from, to, compare: true }));
      return;
    }
    // Why not after the event count: the overview asks for its numbers before it knows whether any
    // event has arrived (an empty workspace's numbers are cheap, and then not shown).
    const [shown, { from, to }, { reportingCurrency }] = await Promise.all([answerOf<CatalogResponse>(catalog), period(), answerOf<{ reportingCurrency: string | null }>(settings)]);
    const ids = overviewMetricIds(buildChain(shown), reportingCurrency);
    if (ids.length > 0) startEarlyGet(paths.metricValues(workspaceId, ids, { from, to, compare: true }));
  };
  numbers().catch(() => undefined);
}

/** The JSON of an early response (parsed once; the response itself stays unread for the client). */
async function answerOf<T>(json: Promise<unknown> | undefined): Promise<T> {
  if (json === undefined) throw new Error('asked for already');
  return (await json) as T;
}
