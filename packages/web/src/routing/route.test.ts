import { describe, expect, it } from 'vitest';
import { parseRoute, workspacePath } from './route';

describe('parseRoute', () => {
  it('reads the home page', () => expect(parseRoute('/')).toEqual({ kind: 'home' }));
  it('reads a workspace view', () =>
    expect(parseRoute('/w/company-b/kpis')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'kpis' }));
  it('defaults to the value-chain overview', () =>
    expect(parseRoute('/w/company-b')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'overview' }));
  it('rejects unknown views', () => expect(parseRoute('/w/company-b/nope')).toEqual({ kind: 'not-found' }));
  it('reads a department dashboard and an explorer', () => {
    expect(parseRoute('/w/company-b/dashboards/brand%20team')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'dashboards', sub: 'brand team' });
    expect(parseRoute('/w/company-b/explore/funnel')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'explore', sub: 'funnel' });
  });
  it('rejects a sub-page on a view without sub-pages, and deeper paths', () => {
    expect(parseRoute('/w/company-b/matrix/x')).toEqual({ kind: 'not-found' });
    expect(parseRoute('/w/company-b/explore/funnel/x')).toEqual({ kind: 'not-found' });
  });
  it('answers not-found for a malformed escape instead of throwing', () => expect(parseRoute('/w/%E0%A4%A/matrix')).toEqual({ kind: 'not-found' }));
  it('round-trips a path', () => expect(parseRoute(workspacePath('a-b', 'edit'))).toMatchObject({ workspaceId: 'a-b', view: 'edit' }));
  it('round-trips a sub-page and keeps the query string out of the route', () => {
    const path = workspacePath('a/b', 'explore', 'trend', new URLSearchParams({ from: '2026-10-01', metric: 'reach' }));
    expect(path).toBe('/w/a%2Fb/explore/trend?from=2026-10-01&metric=reach');
    expect(parseRoute(path.split('?')[0]!)).toEqual({ kind: 'workspace', workspaceId: 'a/b', view: 'explore', sub: 'trend' });
  });
});
