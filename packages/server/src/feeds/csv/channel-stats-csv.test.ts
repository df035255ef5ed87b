import { describe, it, expect } from 'vitest';
import type { ChannelStatDraft, RowProblem, RowResult } from '@marketops/core';
import { CHANNEL_STAT_FORMAT_IDS, findChannelStatFormat } from './channel-formats/index';
import { openChannelStatsFile, type ChannelStatDefaults } from './channel-stats-csv';

async function parse(format: string, text: string, defaults: ChannelStatDefaults = { account: 'acct' }) {
  const bad: RowProblem[] = [];
  const file = await openChannelStatsFile(text, findChannelStatFormat(format), defaults, { onBadRecord: (p) => bad.push(p) });
  const rows: RowResult<ChannelStatDraft>[] = [];
  let ignored = 0;
  for await (const row of file.rows) {
    if (row.kind === 'row') rows.push(row.result);
    else ignored++;
  }
  return { rows, bad, ignored, ignoredColumns: file.ignoredColumns };
}

/** The metrics of each row, or its problems. */
async function metrics(format: string, text: string) {
  const { rows } = await parse(format, text);
  return rows.map((r) => (r.ok ? [r.value.platform, r.value.date, r.value.followers, r.value.reads, r.value.interactions, r.value.posts] : r.problems));
}

describe('channel-statistics formats', () => {
  it('WeChat user analysis: followers from 累积关注人数, no reads', async () => {
    const csv = '时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n2024-03-01,120,20,100,"12,345"\n2024-03-02,80,10,70,1.24万\n';
    expect(await metrics('wechat', csv)).toEqual([
      ['wechat', '2024-03-01', 12345, null, null, null],
      ['wechat', '2024-03-02', 12400, null, null, null],
    ]);
  });

  it('WeChat content analysis: reads, and interactions summed from shares, favourites, likes, 在看 and comments', async () => {
    const csv = '日期,阅读次数,阅读人数,分享次数,分享人数,收藏次数,点赞次数,在看次数,留言次数,群发篇数\n2024/3/1,"3,000",2500,40,30,12,55,9,4,2\n';
    expect(await metrics('wechat', csv)).toEqual([['wechat', '2024-03-01', null, 3000, 120, 2]]);
  });

  it('WeChat classic article analysis: 图文页阅读次数 and 分享转发次数', async () => {
    const csv = '日期,图文页阅读人数,图文页阅读次数,原文页阅读人数,原文页阅读次数,分享转发人数,分享转发次数,微信收藏人数\n2024-03-01,900,1000,10,11,5,6,7\n';
    expect(await metrics('wechat', csv)).toEqual([['wechat', '2024-03-01', null, 1000, 13, null]]);
  });

  it('Weibo: 粉丝数, 阅读数, 转发+评论+点赞, 发博数', async () => {
    const csv = '日期,粉丝数,净增粉丝数,阅读数,转发数,评论数,点赞数,发博数\n2024-03-01,1.5万,12,8000,10,20,30,3\n';
    expect(await metrics('weibo', csv)).toEqual([['weibo', '2024-03-01', 15000, 8000, 60, 3]]);
  });

  it('Douyin: 播放量, 点赞+评论+分享, 总粉丝数, 作品数, and "-" as no data', async () => {
    const csv = '日期,播放量,主页访问数,点赞,评论,分享,粉丝净增,总粉丝数,作品数\n2024-03-01,2.3万,100,500,-,20,15,1.2万,1\n20240302,100,1,-,-,-,0,12015,0\n';
    expect(await metrics('douyin', csv)).toEqual([
      ['douyin', '2024-03-01', 12000, 23000, 520, 1],
      ['douyin', '2024-03-02', 12015, 100, null, 0],
    ]);
  });

  it('YouTube Studio: skips the Total row; Subscribers is a net change, so followers stay null', async () => {
    const csv = 'Date,Views,Watch time (hours),Subscribers,Likes,Comments added,Shares,Videos published\nTotal,300,12.5,4,30,6,3,2\n2024-03-01,100,4.1,1,10,2,1,1\n"Mar 2, 2024",200,8.4,3,20,4,2,1\n';
    const { rows, ignored, ignoredColumns } = await parse('youtube', csv);
    expect(ignored).toBe(1);
    expect(ignoredColumns).toEqual(['Watch time (hours)', 'Subscribers']);
    expect(rows.map((r) => (r.ok ? [r.value.date, r.value.followers, r.value.reads, r.value.interactions, r.value.posts] : null))).toEqual([
      ['2024-03-01', null, 100, 13, 1],
      ['2024-03-02', null, 200, 26, 1],
    ]);
  });

  it('Facebook: skips the description row under the header, reads US dates', async () => {
    const csv =
      'Date,Lifetime Total Likes,Daily Total Reach,Daily Total Impressions,Daily Page Engaged Users\n' +
      ',Lifetime: The total number of people who have liked your Page. (Unique Users),Daily: reach,Daily: impressions,Daily: engaged users\n' +
      '03/01/2024,5000,800,1200,45\n';
    expect(await metrics('facebook', csv)).toEqual([['facebook', '2024-03-01', 5000, 1200, 45, null]]);
  });

  it('Instagram: likes + comments + shares + saves', async () => {
    const csv = 'Date,Followers,Impressions,Reach,Likes,Comments,Shares,Saves\n03/02/2024,2000,900,700,50,5,3,2\n';
    expect(await metrics('instagram', csv)).toEqual([['instagram', '2024-03-02', 2000, 900, 60, null]]);
  });

  it('X: impressions, likes + replies + reposts + bookmarks + shares, posts', async () => {
    const csv = 'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post\n"Fri, Mar 1, 2024",1500,20,60,2,1,3,1,4,5,9,2\n';
    expect(await metrics('x', csv)).toEqual([['x', '2024-03-01', null, 1500, 32, 2]]);
  });

  it('LinkedIn: total impressions and reactions + comments + reposts', async () => {
    const csv = 'Date,Impressions (organic),Impressions (sponsored),Impressions (total),Clicks (total),Reactions (total),Comments (total),Reposts (total),Engagement rate (total)\n03/01/2024,100,50,150,9,8,2,1,0.13\n';
    expect(await metrics('linkedin', csv)).toEqual([['linkedin', '2024-03-01', null, 150, 11, null]]);
  });

  it('generic: platform and account per row, aliases in four languages', async () => {
    const csv = '平台,账号,日期,粉丝数,阅读数,互动数,发文数\n微博,示例官微,2024-03-01,10000,2000,300,2\nTwitter,@acme,2024-03-01,500,,,\n';
    const { rows } = await parse('generic', csv, {});
    expect(rows.map((r) => (r.ok ? [r.value.platform, r.value.account, r.value.followers, r.value.reads] : null))).toEqual([
      ['weibo', '示例官微', 10000, 2000],
      ['x', '@acme', 500, null],
    ]);
    const es = await parse('generic', 'plataforma,cuenta,fecha,seguidores\nLinkedIn,acme,2024-03-01,5\n', {});
    expect(es.rows[0]).toMatchObject({ ok: true, value: { platform: 'linkedin', followers: 5 } });
  });

  it('reports bad cells by line and column', async () => {
    const { rows } = await parse('douyin', '日期,播放量,总粉丝数\n2024-03-01,12.5,abc\n2024-02-30,1,1\n');
    expect(rows.flatMap((r) => (r.ok ? [] : r.problems.map((p) => [p.line, p.field, p.column])))).toEqual([
      [2, 'followers', '总粉丝数'],
      [2, 'reads', '播放量'],
      [3, 'date', '日期'],
    ]);
  });

  it('refuses the wrong format, a missing account and an unknown format', async () => {
    await expect(parse('wechat', 'Datum,Views\n2024-03-01,1\n')).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/no date column/) });
    await expect(parse('wechat', 'Date,Views\n2024-03-01,1\n')).rejects.toMatchObject({ message: expect.stringMatching(/none of the wechat format's metric columns/) });
    await expect(parse('youtube', 'Date,Foo\n2024-03-01,1\n')).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/metric columns/) });
    await expect(parse('youtube', 'Date,Views\n2024-03-01,1\n', {})).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/account/) });
    await expect(parse('generic', 'platform,date,reads\nx,2024-03-01,1\n', {})).rejects.toMatchObject({ message: expect.stringMatching(/no account column/) });
    expect(() => findChannelStatFormat('myspace')).toThrow(expect.objectContaining({ code: 'IMPORT_FORMAT_UNKNOWN' }));
    expect(findChannelStatFormat(' WeChat ').id).toBe('wechat');
  });

  it('has a format for every advertised id', () => {
    for (const id of CHANNEL_STAT_FORMAT_IDS) expect(findChannelStatFormat(id).id).toBe(id);
  });
});
