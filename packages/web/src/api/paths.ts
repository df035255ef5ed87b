/**
 * The paths of the API's GET requests that the first screen makes, in one place: the typed client
 * (`client.ts`) asks for them, and `earlyRequests.ts` starts the same ones before the application
 * has loaded. Kept free of imports so the small start-up script does not carry the schemas.
 */
export const seg = encodeURIComponent;

/** `?a=1&b=2` of the defined values, in the order given; empty when there are none. */
export function queryString(values: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A period of a metric request: calendar days, optionally with the previous period. */
export interface PeriodQuery {
  from: string;
  to: string;
  compare?: boolean;
}

export const paths = {
  catalog: '/api/catalog',
  workspaces: '/api/workspaces',
  metrics: '/api/metrics',
  workspace: (id: string) => `/api/workspaces/${seg(id)}`,
  department: (id: string, departmentId: string) => `${paths.workspace(id)}/departments/${seg(departmentId)}`,
  settings: (id: string) => `${paths.workspace(id)}/settings`,
  /** How many events the workspace has stored: whether it has received data yet. */
  eventCount: (id: string) => `${paths.workspace(id)}/events/count`,
  metricValues: (id: string, metricIds: readonly string[], q: PeriodQuery) =>
    `${paths.workspace(id)}/metric-values${queryString({ ids: metricIds.join(','), from: q.from, to: q.to, compare: q.compare })}`,
  departmentKpis: (id: string, departmentId: string, q: PeriodQuery) => `${paths.department(id, departmentId)}/kpis${queryString({ from: q.from, to: q.to, compare: q.compare })}`,
};
