import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportReportSchema } from '@marketops/contracts';
import { runCliOnDataDir } from './cli-harness';
import { EXIT } from '../src/cli/exit-codes';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'marketops-import-cli-'));
  expect((await run('workspace', 'create', '--template', 'company-b')).code).toBe(EXIT.ok);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `marketops` in-process against the test's own data directory, capturing its output. */
const run = (...args: string[]) => runCliOnDataDir(path.join(dir, 'data'), ...args);

async function file(name: string, text: string): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, text);
  return target;
}

describe('marketops import', () => {
  it('imports costs, then reports the same file as unchanged', async () => {
    const costs = await file('costs.csv', '\ufeff日期,渠道,费用类型,金额,币种,备注\r\n2024-03-01,微信,投放,"1,000",CNY,\r\n2024-03-02,展会,展会,2.5万,CNY,"深圳, 3号馆"\r\n合计,,,26000,,\r\n');
    const first = await run('import', 'costs', 'company-b', '--file', costs);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain('2 of 2 rows — 2 new, 0 updated, 0 unchanged');
    expect(first.out).toContain('Ignored 1 totals or blank row');
    const again = await run('import', 'costs', 'company-b', '--file', costs, '--json');
    expect(ImportReportSchema.parse(JSON.parse(again.out))).toMatchObject({ inserted: 0, unchanged: 2 });
  });

  it('rejects a file with bad rows: exit 3, every bad row named with file and line, nothing written', async () => {
    const bad = await file('bad.csv', 'date,channel,cost_type,amount,currency\n2024-04-01,A,media,10,CNY\n2024-04-02,A,media,ten,CNY\n2024-04-03,A,media,5,ZZZ\n');
    const res = await run('import', 'costs', 'company-b', '--file', bad);
    expect(res.code).toBe(EXIT.invalidInput);
    expect(res.err).toContain('IMPORT_ROWS_INVALID');
    expect(res.err).toContain(`${bad}, line 3, amount: "ten" is not a number`);
    expect(res.err).toContain(`${bad}, line 4, currency:`);
    const skipped = await run('import', 'costs', 'company-b', '--file', bad, '--skip-bad-rows');
    expect(skipped.code).toBe(EXIT.ok);
    expect(skipped.out).toContain('1 of 3 rows — 1 new');
    expect(skipped.err).toContain('Skipped 2 bad rows');
    expect(skipped.err).toContain('line 3, amount: "ten" is not a number');
  });

  it('imports a platform export with --format and --account', async () => {
    const douyin = await file('douyin.csv', '日期,播放量,点赞,评论,分享,粉丝净增,总粉丝数,作品数\n2024-03-01,2.3万,500,30,20,15,1.2万,1\n');
    const res = await run('import', 'channel-stats', 'company-b', '--file', douyin, '--format', 'douyin', '--account', '示例抖音号', '--json');
    expect(res.code).toBe(EXIT.ok);
    expect(JSON.parse(res.out)).toMatchObject({ inserted: 1, ignoredColumns: ['粉丝净增'] });
  });

  it('exit codes: missing file, unknown workspace, unknown format, missing account', async () => {
    expect((await run('import', 'costs', 'company-b', '--file', path.join(dir, 'missing.csv'))).code).toBe(EXIT.invalidInput);
    const costs = path.join(dir, 'costs.csv');
    expect((await run('import', 'costs', 'nobody', '--file', costs)).code).toBe(EXIT.notFound);
    expect((await run('import', 'channel-stats', 'company-b', '--file', costs, '--format', 'orkut')).code).toBe(EXIT.usage);
    expect((await run('import', 'channel-stats', 'company-b', '--file', costs, '--format', 'wechat')).code).toBe(EXIT.invalidInput);
  });

  it('imports a 100,000-row costs file', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},channel-${i % 40},${i % 2 ? 'media' : 'event'},${i}.5,CNY,row ${i}`);
    const big = await file('big.csv', `date,channel,cost_type,amount,currency,note\n${rows.join('\n')}\n`);
    const res = await run('import', 'costs', 'company-b', '--file', big, '--json');
    expect(res.code).toBe(EXIT.ok);
    expect(JSON.parse(res.out)).toMatchObject({ rows: 100_000, inserted: 100_000, problemCount: 0 });
  });
});
