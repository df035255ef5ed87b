import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema, OfflineContactsImportReportSchema } from '@marketops/contracts';
import { runCliOnDataDir } from './cli-harness';
import { EXIT } from '../src/cli/exit-codes';
import { openTestApp } from './harness';

const CONTACTS =
  '日期,活动名称,活动类型,邮箱,手机,姓名,公司,城市\n' +
  '2024-04-24,Shanghai Auto Show 2024,展会,Li.Wei@Example.cn,+86 138 0013 8000,李伟,Acme,上海\n' +
  '2024-04-25,Spring press day,新闻发布会,,13900139000,王芳,,北京\n';

interface EventRow {
  type: string;
  event: string | null;
  userId: string | null;
  channel: string;
  timestamp: string;
  messageId: string;
}

describe('offline contacts API', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.orgService.createFromTemplate('company-a');
  });
  afterAll(() => t.cleanup());

  const post = (query: string, body: string) =>
    t.http.inject({ method: 'POST', url: `/api/workspaces/company-a/offline-contacts/import${query}`, headers: { 'content-type': 'text/csv' }, payload: body });
  const events = async () => (await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/events?limit=1000' })).json() as EventRow[];

  it('stores an identify and a track per row, on the offline channels, with the traits on the person', async () => {
    const res = await post('', CONTACTS);
    expect(res.statusCode).toBe(200);
    expect(OfflineContactsImportReportSchema.parse(res.json())).toMatchObject({ rows: 2, people: 2, accepted: 4, duplicates: 0, skipped: 0, problemCount: 0 });
    const tracks = (await events()).filter((e) => e.type === 'track');
    expect(tracks.map((e) => [e.userId, e.event, e.channel, e.timestamp]).sort()).toEqual([
      ['email:li.wei@example.cn', 'Event Attended', 'Offline Events', '2024-04-24T12:00:00.000Z'],
      ['phone:13900139000', 'Event Attended', 'Offline Press', '2024-04-25T12:00:00.000Z'],
    ]);
    const persons = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/persons?personId=email:li.wei@example.cn' });
    expect(persons.json()).toMatchObject([
      { personId: 'email:li.wei@example.cn', identified: true, traits: { email: 'li.wei@example.cn', phone: '+8613800138000', name: '李伟', company: 'Acme', city: '上海' } },
    ]);
  });

  it('stores nothing new when the same file is imported again', async () => {
    const again = await post('', CONTACTS);
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 4 });
    expect(await events()).toHaveLength(4);
  });

  it('rejects a file with a bad row whole, naming its line; with skipBadRows stores the good rows', async () => {
    const bad = 'date,event_name,event_type,email\n2024-05-01,Expo,fair,ana@example.es\n2024-05-01,Expo,fair,ana-at-example\n';
    const res = await post('', bad);
    expect(res.statusCode).toBe(400);
    const error = ErrorResponseSchema.parse(res.json()).error;
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.issues.map((i) => [i.line, i.path, i.message])).toEqual([[3, 'email', '"ana-at-example" is not an email address']]);
    expect(await events()).toHaveLength(4);

    const skipped = await post('?skipBadRows=true', bad);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json()).toMatchObject({ rows: 2, accepted: 2, skipped: 1, problems: [{ line: 3, field: 'email' }] });
    expect(await events()).toHaveLength(6);
  });

  it('answers 404 for an unknown workspace and 400 for a header without the required columns', async () => {
    const unknown = await t.http.inject({ method: 'POST', url: '/api/workspaces/nobody/offline-contacts/import', headers: { 'content-type': 'text/csv' }, payload: CONTACTS });
    expect(unknown.statusCode).toBe(404);
    expect((await post('', 'date,name\n2024-05-01,Li\n')).json()).toMatchObject({ error: { code: 'IMPORT_FILE_INVALID' } });
  });
});

describe('marketops import offline', () => {
  let dir: string;
  const run = (...args: string[]) => runCliOnDataDir(path.join(dir, 'data'), ...args);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'marketops-offline-cli-'));
    expect((await run('workspace', 'create', '--template', 'company-b')).code).toBe(EXIT.ok);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports a file, then reports the same file as already stored', async () => {
    const file = path.join(dir, 'contacts.csv');
    await writeFile(file, `\ufeff${CONTACTS}`);
    const first = await run('import', 'offline', 'company-b', '--file', file);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain('2 of 2 rows, 2 people — 4 events new, 0 already stored.');
    const again = await run('import', 'offline', 'company-b', '--file', file, '--json');
    expect(OfflineContactsImportReportSchema.parse(JSON.parse(again.out))).toMatchObject({ accepted: 0, duplicates: 4 });
  });

  it('rejects a file with a bad row (exit 3, file and line named); --skip-bad-rows imports the rest', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, 'date,event_name,event_type,user_id\n2024-06-01,Meetup,meetup,u1\n2024-06-01,Meetup,picnic,u2\n');
    const res = await run('import', 'offline', 'company-b', '--file', file);
    expect(res.code).toBe(EXIT.invalidInput);
    expect(res.err).toContain('IMPORT_ROWS_INVALID');
    expect(res.err).toContain(`${file}: line 3, event_type: "picnic" is not an offline event type`);
    const skipped = await run('import', 'offline', 'company-b', '--file', file, '--skip-bad-rows');
    expect(skipped.code).toBe(EXIT.ok);
    expect(skipped.out).toContain('1 of 2 rows, 1 person — 2 events new');
    expect(skipped.err).toContain('line 3, event_type:');
  });
});
