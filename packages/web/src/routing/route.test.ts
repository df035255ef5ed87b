import { describe, expect, it } from 'vitest';
import { parseRoute, workspacePath } from './route';

describe('parseRoute', () => {
  it('reads the home page', () => expect(parseRoute('/')).toEqual({ kind: 'home' }));
  it('reads a workspace view', () =>
    expect(parseRoute('/w/company-b/kpis')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'kpis' }));
  it('defaults to the matrix', () =>
    expect(parseRoute('/w/company-b')).toEqual({ kind: 'workspace', workspaceId: 'company-b', view: 'matrix' }));
  it('rejects unknown views', () => expect(parseRoute('/w/company-b/nope')).toEqual({ kind: 'not-found' }));
  it('round-trips a path', () => expect(parseRoute(workspacePath('a-b', 'edit'))).toMatchObject({ workspaceId: 'a-b', view: 'edit' }));
});
