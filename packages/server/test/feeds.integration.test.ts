import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelStatListResponseSchema,
  ChannelStatSummaryResponseSchema,
  CostListResponseSchema,
  CostSummaryResponseSchema,
  ErrorResponseSchema,
  ImportReportSchema,
} from '@marketops/contracts';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-a');
});
afterAll(() => t.cleanup());

const COSTS = 'date,channel,campaign,cost_type,amount,currency,function,note\n' +
  '2024-03-01,WeChat,Spring launch,media,"1,200.50",CNY,new-media,\n' +
  '2024-03-01,WeChat,Spring launch,media,"1,200.50",CNY,new-media,\n' +
  '2024-03-15,Trade fair,,event,8000,CNY,marketing-planning,"booth, Shanghai"\n' +
  '2024-04-02,Agency X,,agency,-500,CNY,pr,rebate\n';

function post(url: string, body: string | Buffer, contentType = 'text/csv') {
  return t.http.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload: body });
}

describe('feeds API', () => {
  it('imports a costs CSV, and importing it again changes nothing', async () => {
    const first = await post('/api/workspaces/company-a/costs/import', COSTS);
    expect(first.statusCode).toBe(200);
    expect(ImportReportSchema.parse(first.json())).toMatchObject({ rows: 4, imported: 4, inserted: 4, updated: 0, unchanged: 0, problems: [] });
    const again = await post('/api/workspaces/company-a/costs/import', COSTS);
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
  });

  it('lists and summarises costs with exact amounts', async () => {
    const list = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/costs?from=2024-03-01&to=2024-03-31' });
    expect(list.statusCode).toBe(200);
    const body = CostListResponseSchema.parse(list.json());
    expect(body.items.map((c) => [c.date, c.channel, c.amount])).toEqual([
      ['2024-03-01', 'WeChat', '1200.50'],
      ['2024-03-01', 'WeChat', '1200.50'],
      ['2024-03-15', 'Trade fair', '8000.00'],
    ]);
    expect(body.items[0]).not.toHaveProperty('workspaceId');
    const summary = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/costs/summary?from=2024-01-01&to=2024-12-31&groupBy=month,costType' });
    expect(CostSummaryResponseSchema.parse(summary.json()).totals).toEqual([
      { month: '2024-03', costType: 'media', currency: 'CNY', amount: '2401.00', rows: 2 },
      { month: '2024-03', costType: 'event', currency: 'CNY', amount: '8000.00', rows: 1 },
      { month: '2024-04', costType: 'agency', currency: 'CNY', amount: '-500.00', rows: 1 },
    ].sort((a, b) => (a.month + a.costType < b.month + b.costType ? -1 : 1)));
  });

  it('answers 400 with each bad row\'s line, field and reason, and writes nothing', async () => {
    const bad = 'date,channel,cost_type,amount,currency\n2024-05-01,A,media,10,CNY\n2024-05-02,A,media,ten,CNY\n2024-05-03,A,lunch,10,ZZZ\n';
    const res = await post('/api/workspaces/company-a/costs/import', bad);
    expect(res.statusCode).toBe(400);
    const error = ErrorResponseSchema.parse(res.json()).error;
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.issues.map((i) => [i.line, i.path, i.message])).toEqual([
      [3, 'amount', '"ten" is not a number'],
      [4, 'cost_type', expect.stringMatching(/"lunch" is not a cost type/)],
      [4, 'currency', '"ZZZ" is not an ISO 4217 currency code'],
    ]);
    const may = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/costs?from=2024-05-01&to=2024-05-31' });
    expect(may.json()).toMatchObject({ items: [] });

    const skipped = await post('/api/workspaces/company-a/costs/import?skipBadRows=true', bad);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json()).toMatchObject({ inserted: 1, skipped: 2, problemCount: 3, problems: [{ line: 3, field: 'amount', reason: '"ten" is not a number' }, {}, {}] });
  });

  it('reports a malformed file with its line, decodes the charset of Content-Type, and refuses non-CSV bodies', async () => {
    const broken = await post('/api/workspaces/company-a/costs/import', 'date,channel,cost_type,amount,currency\n2024-05-01,"A,media,10,CNY\n');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'IMPORT_FILE_INVALID', issues: [{ line: 2 }] } });

    // "日期,渠道,费用类型,金额,币种\n2024-06-01,微信,投放,100,人民币\n" in GB18030.
    const decoded = await post('/api/workspaces/company-a/costs/import', gb18030Costs(), 'text/csv; charset=GBK');
    expect(decoded.statusCode).toBe(200);
    const june = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/costs?from=2024-06-01&to=2024-06-30' });
    expect(june.json()).toMatchObject({ items: [{ channel: '微信', costType: 'media', currency: 'CNY' }] });

    const json = await t.http.inject({ method: 'POST', url: '/api/workspaces/company-a/costs/import', payload: { rows: [] } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('answers 404 for an unknown workspace and 413 beyond 20 MiB', async () => {
    expect((await post('/api/workspaces/nobody/costs/import', COSTS)).statusCode).toBe(404);
    const huge = Buffer.alloc(21 * 1024 * 1024, 'a');
    const tooLarge = await post('/api/workspaces/company-a/costs/import', huge);
    expect(tooLarge.statusCode).toBe(413);
  });

  it('imports channel statistics per platform format, lists and summarises them', async () => {
    const users = '时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n2024-03-01,120,20,100,1.2万\n2024-03-02,80,10,70,12070\n';
    const content = '日期,阅读次数,分享次数,收藏次数,点赞次数\n2024-03-01,3000,40,12,8\n2024-03-02,"2,500",10,2,1\n';
    const base = '/api/workspaces/company-a/channel-stats/import?format=wechat&account=' + encodeURIComponent('示例公众号');
    expect((await post(base, users)).json()).toMatchObject({ inserted: 2 });
    expect((await post(base, content)).json()).toMatchObject({ updated: 2 });
    expect((await post(base, content)).json()).toMatchObject({ unchanged: 2 });

    const list = ChannelStatListResponseSchema.parse((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/channel-stats?from=2024-03-01&to=2024-03-31' })).json());
    expect(list.items.map((s) => [s.platform, s.account, s.date, s.followers, s.reads, s.interactions])).toEqual([
      ['wechat', '示例公众号', '2024-03-01', 12000, 3000, 60],
      ['wechat', '示例公众号', '2024-03-02', 12070, 2500, 13],
    ]);
    const summary = ChannelStatSummaryResponseSchema.parse((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/channel-stats/summary?from=2024-03-01&to=2024-03-31' })).json());
    expect(summary.accounts).toEqual([
      { platform: 'wechat', account: '示例公众号', days: 2, firstDate: '2024-03-01', lastDate: '2024-03-02', followersFirst: 12000, followersLast: 12070, reads: 5500, interactions: 73, posts: null },
    ]);
  });

  it('refuses an unknown format and a platform format without an account', async () => {
    const unknown = await post('/api/workspaces/company-a/channel-stats/import?format=orkut&account=a', 'Date,Views\n');
    expect(unknown.json()).toMatchObject({ error: { code: 'IMPORT_FORMAT_UNKNOWN' } });
    expect(unknown.statusCode).toBe(400);
    const noAccount = await post('/api/workspaces/company-a/channel-stats/import?format=youtube', 'Date,Views\n2024-03-01,5\n');
    expect(noAccount.statusCode).toBe(400);
    expect(noAccount.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', issues: [{ path: 'account' }] } });
    const badRange = await t.http.inject({ method: 'GET', url: '/api/workspaces/company-a/costs?from=2024-03-31&to=2024-03-01' });
    expect(badRange.statusCode).toBe(400);
  });
});

/** A small costs file as Excel on Chinese Windows saves it (GB18030). */
function gb18030Costs(): Buffer {
  const hex =
    'c8d5c6da2cc7feb5c02cb7d1d3c3c0e0d0cd2cbdf0b6ee2cb1d2d6d60a' + // 日期,渠道,费用类型,金额,币种\n
    '323032342d30362d30312ccea2d0c52ccdb6b7c52c3130302cc8cbc3f1b1d20a'; // 2024-06-01,微信,投放,100,人民币\n
  return Buffer.from(hex, 'hex');
}

describe('the rows metric requests read', () => {
  it('are kept until a write moves the feed\'s version, then read again: an import, a write from outside the service', async () => {
    await t.app.orgService.createFromTemplate('company-c');
    const range = { from: '2024-01-01', to: '2024-12-31' };
    expect((await post('/api/workspaces/company-c/costs/import', 'date,channel,cost_type,amount,currency\n2024-06-01,Baidu,media,100,CNY\n')).statusCode).toBe(200);
    const first = await t.app.feedService.allCosts('company-c', range);
    expect(first.map((c) => c.amount)).toEqual(['100.00']);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    // Nothing written: the same rows, not read again.
    expect(await t.app.feedService.allCosts('company-c', range)).toBe(first);
    // Another range is its own entry.
    expect(await t.app.feedService.allCosts('company-c', { from: '2024-06-02', to: '2024-12-31' })).toEqual([]);

    expect((await post('/api/workspaces/company-c/costs/import', 'date,channel,cost_type,amount,currency\n2024-06-01,Baidu,media,250,CNY\n')).statusCode).toBe(200);
    const second = await t.app.feedService.allCosts('company-c', range);
    expect(second.map((c) => c.amount).sort()).toEqual(['100.00', '250.00']);

    // A write that does not go through this service (as another process on the same database: a CLI import).
    const other = t.app.feedService as unknown as { deps: { costs: { upsertCosts(records: unknown[]): Promise<unknown> } } };
    await other.deps.costs.upsertCosts([{ ...second[0], amount: '1.00' }]);
    expect((await t.app.feedService.allCosts('company-c', range)).map((c) => c.amount).sort()).toEqual(['1.00', '250.00']);
  });
});
