import { describe, it, expect } from 'vitest';
import { validateChannelStatRow, type ChannelStatRowInput } from './channel-stat-row';
import { normalisePlatform } from './platforms';

const base: ChannelStatRowInput = {
  line: 3,
  platform: { column: null, text: 'wechat' },
  account: { column: null, text: '示例公众号' },
  date: { column: '日期', text: '2024-03-05' },
  dateOrder: 'ymd',
  metrics: {},
};

describe('validateChannelStatRow', () => {
  it('sums the cells of a metric and leaves metrics without cells null', () => {
    const result = validateChannelStatRow({
      ...base,
      metrics: {
        reads: [{ column: '阅读次数', text: '1.2万' }],
        interactions: [
          { column: '分享次数', text: '1,000' },
          { column: '收藏次数', text: '25' },
          { column: '点赞', text: '-' },
        ],
      },
    });
    expect(result).toEqual({
      ok: true,
      value: { line: 3, platform: 'wechat', account: '示例公众号', date: '2024-03-05', followers: null, reads: 12000, interactions: 1025, posts: null },
    });
  });

  it('makes a metric whose cells are all blank null, not 0', () => {
    const result = validateChannelStatRow({ ...base, metrics: { followers: [{ column: '累积关注人数', text: '--' }] } });
    expect(result).toMatchObject({ ok: true, value: { followers: null } });
  });

  it('reports bad counts and dates by column', () => {
    const result = validateChannelStatRow({
      ...base,
      date: { column: 'Date', text: '03/05/2024' },
      metrics: { reads: [{ column: 'Views', text: '12.5' }], followers: [{ column: 'Subscribers', text: '-4' }] },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.column])).toEqual([
      ['date', 'Date'],
      ['followers', 'Subscribers'],
      ['reads', 'Views'],
    ]);
  });

  it('requires platform and account', () => {
    const result = validateChannelStatRow({ ...base, platform: undefined, account: { column: 'account', text: ' ' } });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['platform', 'account']);
  });

  it('normalises platform names', () => {
    expect(normalisePlatform('微博')).toBe('weibo');
    expect(normalisePlatform('Twitter')).toBe('x');
    expect(normalisePlatform('小红书')).toBe('xiaohongshu');
    expect(normalisePlatform('My Forum')).toBe('my-forum');
  });
});
