import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckResponseSchema } from '@marketops/contracts';
import { main } from '../src/cli/main';
import { EXIT } from '../src/cli/exit-codes';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'marketops-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `marketops` in-process against the test's own data directory, capturing its output. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'marketops', '--data-dir', path.join(dir, 'data'), ...args], {
    out: (s) => (out += s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => (err += s.endsWith('\n') ? s : `${s}\n`),
  });
  return { code, out, err };
}

describe('marketops CLI', () => {
  it('creates a workspace from a template, shows it and checks it (table and --json)', async () => {
    expect((await run('workspace', 'create', '--template', 'company-a')).code).toBe(EXIT.ok);
    const show = await run('workspace', 'show', 'company-a');
    expect(show.out).toContain('[Brand management centre]');
    const table = await run('check', 'company-a');
    expect(table.code).toBe(EXIT.ok);
    expect(table.out).toMatch(/New media.*GAP/);
    const json = CheckResponseSchema.parse(JSON.parse((await run('check', 'company-a', '--json')).out));
    expect(json.gaps.map((g) => g.functionId)).toContain('content-ops');
    const zh = await run('--lang', 'zh', 'check', 'company-a');
    expect(zh.out).toContain('新媒体');
  });

  it('exports a map and creates a new workspace from the exported file', async () => {
    const file = path.join(dir, 'a.yaml');
    expect((await run('workspace', 'export', 'company-a', '--output', file)).code).toBe(EXIT.ok);
    const text = (await import('node:fs/promises')).readFile(file, 'utf8');
    await writeFile(file, (await text).replace('id: company-a', 'id: company-a-copy'));
    expect((await run('workspace', 'create', '--file', file)).code).toBe(EXIT.ok);
    expect((await run('workspace', 'list')).out).toContain('company-a-copy');
  });

  it('a bad org file: clear error naming file and line, exit code 3, nothing written', async () => {
    const file = path.join(dir, 'bad.yaml');
    await writeFile(
      file,
      ['format: marketops.org/v1', 'workspace: { id: bad, name: Bad }', 'departments:', '  - id: x', '    name: X', '    duties:', '      - function: telepathy', ''].join('\n'),
    );
    const res = await run('workspace', 'create', '--file', file);
    expect(res.code).toBe(EXIT.invalidInput);
    expect(res.err).toContain('ORG_FUNCTION_UNKNOWN');
    expect(res.err).toContain('line 7');
    expect(res.err).toContain(file);
    expect((await run('workspace', 'list')).out).not.toContain(' bad ');
    expect((await run('workspace', 'validate', file)).code).toBe(EXIT.invalidInput);
  });

  it('exit codes for a missing file, an unknown workspace, a duplicate and a usage error', async () => {
    expect((await run('workspace', 'create', '--file', path.join(dir, 'missing.yaml'))).code).toBe(EXIT.invalidInput);
    expect((await run('check', 'nope')).code).toBe(EXIT.notFound);
    expect((await run('workspace', 'create', '--template', 'company-a')).code).toBe(EXIT.conflict);
    expect((await run('workspace', 'frobnicate')).code).toBe(EXIT.usage);
    expect((await run('workspace', 'create')).code).toBe(EXIT.invalidInput);
  });

  it('shows and changes a workspace\'s settings, refusing bad values with the field named', async () => {
    expect((await run('workspace', 'settings', 'company-a')).out).toContain('time zone: UTC');
    const set = await run('workspace', 'settings', 'company-a', '--time-zone', 'Asia/Shanghai', '--currency', 'cny', '--rate', 'USD=7.12', '--rate', 'jpy=0.0475', '--json');
    expect(set.code).toBe(EXIT.ok);
    expect(JSON.parse(set.out)).toEqual({ timeZone: 'Asia/Shanghai', reportingCurrency: 'CNY', exchangeRates: { USD: '7.12', JPY: '0.0475' } });
    const bad = await run('workspace', 'settings', 'company-a', '--time-zone', 'Asia/Atlantis');
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(bad.err).toContain('timeZone: unknown time zone "Asia/Atlantis"');
    expect((await run('workspace', 'settings', 'company-a', '--rate', 'USD:7')).err).toContain('expected CURRENCY=RATE');
    expect((await run('workspace', 'settings', 'company-a')).out).toContain('reporting currency: CNY');
  });

  it('shows and changes metric settings: options edit one setting, a file replaces all, bad values are named', async () => {
    expect((await run('workspace', 'metric-settings', 'company-a')).out).toContain('store paths: none');
    const set = await run('workspace', 'metric-settings', 'company-a', '--store-paths', '/shop, /store', '--own-accounts', 'wechat,weibo', '--retention-day', '14', '--json');
    expect(set.code, set.err).toBe(EXIT.ok);
    expect(JSON.parse(set.out)).toEqual({ storePathPrefixes: ['/shop', '/store'], ownAccounts: ['wechat', 'weibo'], retentionDay: 14 });
    const edited = await run('workspace', 'metric-settings', 'company-a', '--primary-store', 'app-store', '--json');
    expect(JSON.parse(edited.out)).toMatchObject({ retentionDay: 14, primaryStore: 'app-store' });

    const file = path.join(dir, 'metric-settings.json');
    await writeFile(file, JSON.stringify({ targetAudience: [{ trait: 'country', op: 'in', values: ['CN'] }] }));
    const fromFile = await run('workspace', 'metric-settings', 'company-a', '--file', file);
    expect(fromFile.out).toContain('target audience: country in "CN"');
    expect(fromFile.out).toContain('retention day: 7 (default)');

    const badPath = await run('workspace', 'metric-settings', 'company-a', '--store-paths', 'shop');
    expect(badPath.code).toBe(EXIT.invalidInput);
    expect(badPath.err).toContain('storePathPrefixes.0: "shop" must start with "/"');
    await writeFile(file, JSON.stringify({ retentionDay: 'seven' }));
    const badFile = await run('workspace', 'metric-settings', 'company-a', '--file', file);
    expect(badFile.code).toBe(EXIT.invalidInput);
    expect(badFile.err).toContain('retentionDay');
    expect((await run('workspace', 'metric-settings', 'company-a', '--retention-day', 'x')).err).toContain('--retention-day x');
    const missing = await run('workspace', 'metric-settings', 'company-a', '--file', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(EXIT.invalidInput);
    expect(missing.err).toContain('nope.json: cannot read the file (ENOENT)');
    expect((await run('workspace', 'metric-settings', 'company-a', '--clear', '--retention-day', '3')).code).toBe(EXIT.invalidInput);
    // Nothing refused was stored.
    expect((await run('workspace', 'metric-settings', 'company-a')).out).toContain('target audience: country in "CN"');
    expect(JSON.parse((await run('workspace', 'metric-settings', 'company-a', '--clear', '--json')).out)).toEqual({});
  });

  it('prints the configuration with secrets masked', async () => {
    process.env.DATABASE_URL = 'postgres://admin:hunter2@db.example:5432/marketops';
    try {
      const res = await run('config');
      expect(res.out).toContain('postgres://admin:****@db.example:5432/marketops');
      expect(res.out).not.toContain('hunter2');
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
