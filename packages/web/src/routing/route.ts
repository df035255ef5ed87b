/** The workspace views, in tab order. */
export const VIEWS = ['matrix', 'chart', 'kpis', 'edit'] as const;
export type View = (typeof VIEWS)[number];

export type Route =
  | { kind: 'home' }
  | { kind: 'new' }
  | { kind: 'workspace'; workspaceId: string; view: View }
  | { kind: 'not-found' };

/**
 * Reads a route from a URL path. The server answers every client route with index.html, so
 * these paths can be bookmarked and reloaded.
 *
 * @example parseRoute('/w/company-b/matrix') // { kind: 'workspace', workspaceId: 'company-b', view: 'matrix' }
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'home' };
  if (parts.length === 1 && parts[0] === 'new') return { kind: 'new' };
  if (parts[0] === 'w' && parts[1] && parts.length <= 3) {
    const view = parts[2] ?? 'matrix';
    if ((VIEWS as readonly string[]).includes(view)) return { kind: 'workspace', workspaceId: parts[1], view: view as View };
  }
  return { kind: 'not-found' };
}

export function workspacePath(workspaceId: string, view: View = 'matrix'): string {
  return `/w/${encodeURIComponent(workspaceId)}/${view}`;
}
