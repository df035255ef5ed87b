import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
let url: string;
let started = 0;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-a');
  url = await t.http.listen({ port: 0, host: '127.0.0.1' });
  // Count the queries started, and make each take a while, so a request is still mid-way when its client leaves.
  const events = t.app.events as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const query = events.query.bind(events);
  events.query = async (...args: unknown[]) => {
    started += 1;
    await new Promise((resolve) => setTimeout(resolve, 40));
    return query(...args);
  };
});
afterAll(() => t.cleanup());

// Why a different period each time: the server keeps answers until the data changes, and a request answered from them has no queries to stop.
const kpis = (department: string, to = '2026-10-31') => `${url}/api/workspaces/company-a/departments/${department}/kpis?from=2026-10-01&to=${to}&compare=true`;

describe('a request whose client leaves', () => {
  it('starts no more queries once the client has closed the connection, and the server keeps serving', async () => {
    const { map } = await t.app.orgService.getMap('company-a');
    const department = map.assignments.find((a) => a.functionId === 'user-ops' && a.role === 'accountable')!.departmentId;

    started = 0;
    expect((await fetch(kpis(department))).status).toBe(200);
    const whole = started;
    expect(whole).toBeGreaterThan(6);

    started = 0;
    const controller = new AbortController();
    const leaving = fetch(kpis(department, '2026-10-30'), { signal: controller.signal }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 60));
    controller.abort();
    expect(await leaving).toBeInstanceOf(Error);
    // let the server see the closed connection and whatever was running finish
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const afterLeaving = started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(started).toBe(afterLeaving);
    expect(afterLeaving).toBeLessThan(whole);

    expect((await fetch(kpis(department, '2026-10-29'))).status).toBe(200);
  });
});
