import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckResponseSchema, ErrorResponseSchema, OrgMapResponseSchema } from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.cleanup());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.http.inject({ method, url, payload: payload as never, headers });
const errorOf = (body: string) => ErrorResponseSchema.parse(JSON.parse(body)).error;

describe('HTTP API on embedded storage', () => {
  it('serves the catalog, the templates, the OpenAPI document and its reference page', async () => {
    const catalog = await inject('GET', '/api/catalog');
    expect(catalog.statusCode).toBe(200);
    expect(catalog.json().functions).toHaveLength(14);
    expect((await inject('GET', '/api/templates')).json().map((x: { id: string }) => x.id)).toEqual(['canonical', 'company-a', 'company-b', 'company-c']);
    const openapi = (await inject('GET', '/openapi.json')).json();
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toContain('/api/workspaces/{workspaceId}/check');
    const docs = await inject('GET', '/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    const schema = (await inject('GET', '/api/schemas/org-map.json')).json();
    expect(schema.properties.format.const).toBe('marketops.org/v1');
  });

  it('creates a workspace from a template and runs the check', async () => {
    const created = await inject('POST', '/api/workspaces', { template: 'company-b' });
    expect(created.statusCode).toBe(201);
    const map = OrgMapResponseSchema.parse(created.json());
    expect(map.version).toBe(1);
    const check = CheckResponseSchema.parse((await inject('GET', '/api/workspaces/company-b/check')).json());
    expect(check.overlaps).toEqual([{ functionId: 'new-media', departmentIds: ['brand', 'operations'] }]);
    expect(check.summary.mixedDepartments).toBe(2);
  });

  it('an edit of an assignment changes the findings', async () => {
    const removed = await inject('DELETE', '/api/workspaces/company-b/departments/operations/assignments/new-media');
    expect(removed.statusCode).toBe(200);
    const put = await inject('PUT', '/api/workspaces/company-b/departments/operations/assignments/content-ops', { role: 'accountable', label: 'community' });
    expect(put.statusCode).toBe(200);
    const check = CheckResponseSchema.parse((await inject('GET', '/api/workspaces/company-b/check')).json());
    expect(check.overlaps).toEqual([]);
    expect(check.gaps.map((g) => g.functionId)).not.toContain('content-ops');
    expect(check.mixed.map((m) => m.departmentId)).toEqual(['marketing']);
    expect(check.version).toBe(3);
  });

  it('adds, renames and removes a department; ids are generated from names', async () => {
    const added = OrgMapResponseSchema.parse((await inject('POST', '/api/workspaces/company-b/departments', { name: 'Customer Service', centreId: 'operations', head: 'María' })).json());
    expect(added.departments.at(-1)).toEqual({ id: 'customer-service', name: 'Customer Service', centreId: 'operations', head: 'María' });
    const cjk = OrgMapResponseSchema.parse((await inject('POST', '/api/workspaces/company-b/departments', { name: '客服部' })).json());
    expect(cjk.departments.at(-1)?.id).toBe('department-1');
    const renamed = await inject('PATCH', '/api/workspaces/company-b/departments/customer-service', { name: 'After-sales' });
    expect(renamed.json().departments.find((d: { id: string }) => d.id === 'customer-service').name).toBe('After-sales');
    const deleted = await inject('DELETE', '/api/workspaces/company-b/departments/department-1');
    expect(deleted.json().departments.map((d: { id: string }) => d.id)).not.toContain('department-1');
  });

  it('exports YAML and JSON, and imports them back unchanged', async () => {
    const before = (await inject('GET', '/api/workspaces/company-b')).json();
    const json = await inject('GET', '/api/workspaces/company-b/export?format=json');
    expect(json.headers['content-type']).toContain('application/json');
    const yaml = await inject('GET', '/api/workspaces/company-b/export');
    expect(yaml.body).toContain('format: marketops.org/v1');
    const replaced = await inject('PUT', '/api/workspaces/company-b/map', JSON.parse(json.body));
    expect(replaced.statusCode).toBe(200);
    const after = replaced.json();
    expect({ ...after, version: 0 }).toEqual({ ...before, version: 0 });
  });
});

describe('HTTP API: bad input', () => {
  it('400 with the field paths when a body fails validation', async () => {
    const res = await inject('POST', '/api/workspaces/company-b/departments', { name: '', centreId: 'Bad Id', extra: 1 });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['body.name', 'body.centreId']));
  });

  it('400 naming the field for structural problems in an imported map, nothing written', async () => {
    const file = JSON.parse((await inject('GET', '/api/workspaces/company-b/export?format=json')).body);
    const version = (await inject('GET', '/api/workspaces/company-b')).json().version;
    file.departments[0].duties[0].function = 'telepathy';
    file.departments.push({ ...file.departments[1] });
    const res = await inject('PUT', '/api/workspaces/company-b/map', file);
    expect(res.statusCode).toBe(400);
    const paths = errorOf(res.body).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.departments.0.duties.0.function', `body.departments.${file.departments.length - 1}.id`]));
    expect((await inject('GET', '/api/workspaces/company-b')).json().version).toBe(version);
  });

  it('400 for malformed JSON and for a centre cycle', async () => {
    const res = await t.http.inject({ method: 'POST', url: '/api/workspaces', payload: '{"template":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).code).toBe('INVALID_BODY');
    await inject('POST', '/api/workspaces/company-b/centres', { id: 'outer', name: 'Outer' });
    await inject('POST', '/api/workspaces/company-b/centres', { id: 'inner', name: 'Inner', parentId: 'outer' });
    const cycle = await inject('PATCH', '/api/workspaces/company-b/centres/outer', { parentId: 'inner' });
    expect(cycle.statusCode).toBe(400);
    expect(errorOf(cycle.body).code).toBe('ORG_CENTRE_CYCLE');
  });

  it('404 for unknown workspaces, departments, functions, templates and routes', async () => {
    expect((await inject('GET', '/api/workspaces/nope')).statusCode).toBe(404);
    expect(errorOf((await inject('GET', '/api/workspaces/nope/check')).body).code).toBe('WORKSPACE_NOT_FOUND');
    expect(errorOf((await inject('PATCH', '/api/workspaces/company-b/departments/ghost', { name: 'x' })).body).code).toBe('DEPARTMENT_NOT_FOUND');
    expect(errorOf((await inject('PUT', '/api/workspaces/company-b/departments/brand/assignments/telepathy', { role: 'accountable' })).body).code).toBe('FUNCTION_NOT_FOUND');
    expect(errorOf((await inject('POST', '/api/workspaces', { template: 'company-z' })).body).code).toBe('TEMPLATE_UNKNOWN');
    expect((await inject('GET', '/api/nothing-here')).statusCode).toBe(404);
    expect((await inject('GET', '/api/catalog/functions/telepathy')).statusCode).toBe(404);
  });

  it('409 for a duplicate workspace and for a stale If-Match version', async () => {
    expect(errorOf((await inject('POST', '/api/workspaces', { template: 'company-b' })).body).code).toBe('WORKSPACE_EXISTS');
    const stale = await inject('PATCH', '/api/workspaces/company-b', { name: 'B2' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    const current = (await inject('GET', '/api/workspaces/company-b')).json().version;
    const fresh = await inject('PATCH', '/api/workspaces/company-b', { name: 'B2' }, { 'if-match': `"${current}"` });
    expect(fresh.statusCode).toBe(200);
    expect(errorOf((await inject('PATCH', '/api/workspaces/company-b', { name: 'B3' }, { 'if-match': 'soon' })).body).issues[0]?.path).toBe('headers.if-match');
  });

  it('413 for a body over the limit, and the server keeps serving', async () => {
    const res = await t.http.inject({ method: 'POST', url: '/api/workspaces', payload: JSON.stringify({ template: 'x'.repeat(2 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect((await inject('GET', '/api/health')).statusCode).toBe(200);
  });

  it('concurrent edits without If-Match are all applied (re-applied on conflict)', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Parallel team ${i}`);
    const results = await Promise.all(names.map((name) => inject('POST', '/api/workspaces/company-b/departments', { name })));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const map = (await inject('GET', '/api/workspaces/company-b')).json();
    for (const name of names) expect(map.departments.map((d: { name: string }) => d.name)).toContain(name);
  });
});
