import { describe, it, expect, beforeEach } from 'vitest';
import { DomainError } from '@marketops/core';
import { FeedService, type ImportProgress } from '../app/feed-service';
import { createLogger } from '../logging/logger';
import { MemoryFeedStores } from '../../test/memory-feed-stores';

let stores: MemoryFeedStores;
let feeds: FeedService;
beforeEach(() => {
  stores = new MemoryFeedStores();
  stores.workspaces.add('acme');
  feeds = new FeedService({ costs: stores.costs, channelStats: stores.channelStats, orgs: stores.orgs, logger: createLogger('silent') });
});

const HEADER = 'date,channel,cost_type,amount,currency,note\n';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('FeedService.importCostsCsv', () => {
  it('changes nothing when the same file is imported twice', async () => {
    const csv = `${HEADER}2024-03-01,WeChat,media,100,CNY,\n2024-03-02,Douyin,influencer,"2,000",CNY,KOL\n`;
    await expect(feeds.importCostsCsv('acme', csv)).resolves.toMatchObject({ rows: 2, imported: 2, inserted: 2, updated: 0, unchanged: 0 });
    await expect(feeds.importCostsCsv('acme', csv)).resolves.toMatchObject({ rows: 2, imported: 2, inserted: 0, updated: 0, unchanged: 2 });
    // The same rows written differently (thousands separator, date form, case) are the same rows.
    const reformatted = `${HEADER}2024/3/1,WeChat,Media,100.00,cny,\n2024年3月2日,Douyin,KOL,2000,RMB,KOL\n`;
    await expect(feeds.importCostsCsv('acme', reformatted)).resolves.toMatchObject({ inserted: 0, unchanged: 2 });
    expect(stores.costRows.size).toBe(2);
  });

  it('keeps two identical rows of one file, and still changes nothing on re-import', async () => {
    const csv = `${HEADER}2024-03-01,Taxi,other,35,CNY,airport\n2024-03-01,Taxi,other,35,CNY,airport\n`;
    await expect(feeds.importCostsCsv('acme', csv)).resolves.toMatchObject({ inserted: 2 });
    await expect(feeds.importCostsCsv('acme', csv)).resolves.toMatchObject({ inserted: 0, unchanged: 2 });
    // A third copy in a later version of the file is a third cost.
    await expect(feeds.importCostsCsv('acme', `${csv}2024-03-01,Taxi,other,35,CNY,airport\n`)).resolves.toMatchObject({ inserted: 1, unchanged: 2 });
  });

  it('updates a row with an id when its values change', async () => {
    const csv = 'id,date,channel,cost_type,amount,currency\ninv-1,2024-03-01,WeChat,media,100,CNY\n';
    await feeds.importCostsCsv('acme', csv);
    await expect(feeds.importCostsCsv('acme', csv.replace(',100,', ',120,'))).resolves.toMatchObject({ inserted: 0, updated: 1 });
    expect([...stores.costRows.values()].map((r) => [r.rowKey, r.amount])).toEqual([['id:inv-1', '120.00']]);
  });

  it('rejects a file with bad rows whole, listing every bad row, and writes nothing', async () => {
    const csv = `${HEADER}2024-03-01,WeChat,media,100,CNY,\n2024-02-30,WeChat,media,100,CNY,\n2024-03-02,,media,abc,XYZ,\n2024-03-03,WeChat,media\n`;
    const error = await failure(feeds.importCostsCsv('acme', csv));
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.message).toMatch(/3 rows have 5 problems; nothing was imported/);
    expect(error.issues.map((i) => [i.line, i.path])).toEqual([
      [3, 'date'],
      [4, 'channel'],
      [4, 'amount'],
      [4, 'currency'],
      [5, 'row'],
    ]);
    expect(stores.costRows.size).toBe(0);
  });

  it('names the one problem of a file in the message', async () => {
    const error = await failure(feeds.importCostsCsv('acme', '日期,渠道,费用类型,金额,币种\n2024-03-01,微信,投放,一百,CNY\n'));
    expect(error.message).toMatch(/^line 2, amount: "一百" is not a number \(column "金额"\); nothing was imported/);
  });

  it('imports the good rows and reports the bad ones with skipBadRows', async () => {
    const csv = `${HEADER}2024-03-01,WeChat,media,100,CNY,\n2024-02-30,WeChat,media,100,CNY,\n2024-03-02,WeChat,media,-30,CNY,refund\n`;
    const report = await feeds.importCostsCsv('acme', csv, { skipBadRows: true });
    expect(report).toMatchObject({ rows: 3, imported: 2, inserted: 2, skipped: 1, problemCount: 1 });
    expect(report.problems).toEqual([{ line: 3, field: 'date', column: 'date', reason: '"2024-02-30" is not a day of the calendar' }]);
    expect(stores.costRows.size).toBe(2);
  });

  it('reports duplicate ids as bad rows', async () => {
    const csv = 'id,date,channel,cost_type,amount,currency\na,2024-03-01,X,media,1,USD\na,2024-03-02,X,media,2,USD\n';
    const error = await failure(feeds.importCostsCsv('acme', csv));
    expect(error.issues).toEqual([expect.objectContaining({ line: 3, path: 'id', message: 'id "a" is already used on line 2' })]);
    await expect(feeds.importCostsCsv('acme', csv, { skipBadRows: true })).resolves.toMatchObject({ inserted: 1, skipped: 1 });
  });

  it('imports a header-only file as nothing, and refuses an empty file and an unknown workspace', async () => {
    await expect(feeds.importCostsCsv('acme', HEADER)).resolves.toMatchObject({ rows: 0, imported: 0 });
    expect((await failure(feeds.importCostsCsv('acme', ''))).code).toBe('IMPORT_FILE_INVALID');
    expect((await failure(feeds.importCostsCsv('nobody', HEADER))).code).toBe('WORKSPACE_NOT_FOUND');
  });

  it('caps the problems it lists but counts them all', async () => {
    const csv = HEADER + '2024-03-01,X,media,abc,CNY,\n'.repeat(1500);
    const report = await feeds.importCostsCsv('acme', csv, { skipBadRows: true });
    expect(report).toMatchObject({ rows: 1500, imported: 0, skipped: 1500, problemCount: 1500 });
    expect(report.problems).toHaveLength(1000);
  });

  it('reports reading and writing progress', async () => {
    const progress: ImportProgress[] = [];
    await feeds.importCostsCsv('acme', Buffer.from(`${HEADER}2024-03-01,X,media,1,CNY,\n`), { onProgress: (p) => progress.push(p) });
    expect(progress.some((p) => p.phase === 'reading' && p.bytes > 0)).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'writing', rows: 1, totalRows: 1 });
  });

  // Why the timeout: a guard for slow machines, not a timing assertion.
  it('imports a 100,000-row file', { timeout: 60_000 }, async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-01,channel-${i % 50},media,${i}.25,CNY,row ${i}`);
    const report = await feeds.importCostsCsv('acme', `${HEADER}${lines.join('\n')}\n`);
    expect(report).toMatchObject({ rows: 100_000, inserted: 100_000 });
  });
});

describe('FeedService.importChannelStatsCsv', () => {
  const wechatUsers = '时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n2024-03-01,120,20,100,12345\n';
  const wechatContent = '日期,阅读次数,分享次数,收藏次数\n2024-03-01,3000,40,12\n';

  it('merges two exports of the same account and day, and re-imports change nothing', async () => {
    await expect(feeds.importChannelStatsCsv('acme', 'wechat', wechatUsers, { account: '示例' })).resolves.toMatchObject({ inserted: 1 });
    await expect(feeds.importChannelStatsCsv('acme', 'wechat', wechatContent, { account: '示例' })).resolves.toMatchObject({ updated: 1 });
    await expect(feeds.importChannelStatsCsv('acme', 'wechat', wechatUsers, { account: '示例' })).resolves.toMatchObject({ unchanged: 1 });
    expect([...stores.snapshotRows.values()]).toEqual([
      expect.objectContaining({ platform: 'wechat', account: '示例', date: '2024-03-01', followers: 12345, reads: 3000, interactions: 52, posts: null }),
    ]);
  });

  it('refuses the same account and day twice in one file', async () => {
    const error = await failure(feeds.importChannelStatsCsv('acme', 'douyin', '日期,播放量\n2024-03-01,1\n2024-03-01,2\n', { account: 'a' }));
    expect(error.issues).toEqual([expect.objectContaining({ line: 3, path: 'date' })]);
  });

  it('requires an account for platform formats and knows only its formats', async () => {
    expect((await failure(feeds.importChannelStatsCsv('acme', 'wechat', wechatUsers))).code).toBe('VALIDATION_FAILED');
    expect((await failure(feeds.importChannelStatsCsv('acme', 'orkut', wechatUsers, { account: 'a' }))).code).toBe('IMPORT_FORMAT_UNKNOWN');
    await expect(feeds.importChannelStatsCsv('acme', 'generic', 'account,date,reads\nacme,2024-03-01,5\n', { platform: 'Threads' })).resolves.toMatchObject({ inserted: 1 });
    expect([...stores.snapshotRows.values()][0]?.platform).toBe('threads');
  });
});

describe('FeedService queries', () => {
  it('validates date ranges', async () => {
    expect((await failure(feeds.listCosts('acme', { from: '2024-03-05', to: '2024-03-01' }))).code).toBe('VALIDATION_FAILED');
    expect((await failure(feeds.listCosts('acme', { from: '2024-02-30', to: '2024-03-01' }))).issues[0]?.path).toBe('from');
    expect((await failure(feeds.summariseChannelStats('nobody', { from: '2024-03-01', to: '2024-03-01' }))).code).toBe('WORKSPACE_NOT_FOUND');
  });
});
