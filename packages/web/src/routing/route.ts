/** The workspace views, in tab order. The overview (the value chain) is the first screen. */
export const VIEWS = ['overview', 'dashboards', 'explore', 'matrix', 'chart', 'kpis', 'edit'] as const;
export type View = (typeof VIEWS)[number];

/** The views that take one more path segment: a department's dashboard, an explorer's kind. */
const VIEWS_WITH_SUB: readonly View[] = ['dashboards', 'explore'];

export type Route =
  | { kind: 'home' }
  | { kind: 'new' }
  | { kind: 'workspace'; workspaceId: string; view: View; sub?: string }
  | { kind: 'not-found' };

/**
 * Reads a route from a URL path. The server answers every client route with index.html, so
 * these paths can be bookmarked and reloaded. Filters and date ranges live in the query string
 * (see `useSearch.ts`), not in the route.
 *
 * @example parseRoute('/w/company-b/matrix') // { kind: 'workspace', workspaceId: 'company-b', view: 'matrix' }
 * @example parseRoute('/w/company-b/dashboards/marketing') // { ..., view: 'dashboards', sub: 'marketing' }
 */
export function parseRoute(pathname: string): Route {
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found' }; // Why: a malformed %-escape must not crash the app.
  }
  if (parts.length === 0) return { kind: 'home' };
  if (parts.length === 1 && parts[0] === 'new') return { kind: 'new' };
  if (parts[0] === 'w' && parts[1] && parts.length <= 4) {
    const view = parts[2] ?? 'overview';
    if (!(VIEWS as readonly string[]).includes(view)) return { kind: 'not-found' };
    const sub = parts[3];
    if (sub === undefined) return { kind: 'workspace', workspaceId: parts[1], view: view as View };
    if (VIEWS_WITH_SUB.includes(view as View)) return { kind: 'workspace', workspaceId: parts[1], view: view as View, sub };
  }
  return { kind: 'not-found' };
}

/** The path of a workspace view, optionally with its sub-page and a query string. */
export function workspacePath(workspaceId: string, view: View = 'overview', sub?: string, search?: URLSearchParams | string): string {
  const base = `/w/${encodeURIComponent(workspaceId)}/${view}${sub ? `/${encodeURIComponent(sub)}` : ''}`;
  const query = search === undefined ? '' : String(search);
  return query ? `${base}?${query}` : base;
}
