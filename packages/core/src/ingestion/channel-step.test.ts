import { describe, it, expect } from 'vitest';
import { createChannelStep } from './channel-step';
import { createCampaignStep } from './campaign-step';
import { DEFAULT_CHANNEL_RULES, type ChannelRule } from './channel-rules';
import { DomainError } from '../errors';
import type { SegmentMessage } from './message';

const campaignStep = createCampaignStep();
const channelStep = createChannelStep();
const pageView = (url: string, referrer?: string): SegmentMessage => ({
  type: 'page',
  anonymousId: 'a',
  context: { page: { url, ...(referrer === undefined ? {} : { referrer }) } },
});
const channelOf = (message: SegmentMessage) => channelStep(campaignStep(message).value).value.channel;

describe('channelStep', () => {
  it.each<[string, SegmentMessage, string]>([
    ['a UTM-tagged Weibo ad', pageView('https://x.cn/?utm_source=weibo&utm_medium=cpc'), 'Paid Social'],
    ['a gclid click', pageView('https://x.cn/?gclid=abc', 'https://www.google.com/'), 'Paid Search'],
    ['a Baidu oCPC click', pageView('https://x.cn/?bd_vid=123'), 'Paid Search'],
    ['an organic Google visit', pageView('https://x.cn/', 'https://www.google.com.hk/'), 'Organic Search'],
    ['a Facebook post with fbclid', pageView('https://x.cn/?fbclid=IwAR'), 'Organic Social'],
    ['a Xiaohongshu share link', pageView('https://x.cn/', 'https://xhslink.com/a/b'), 'Organic Social'],
    ['a Douyin referral', pageView('https://x.cn/', 'https://www.douyin.com/video/1'), 'Organic Social'],
    ['a Bilibili referral', pageView('https://x.cn/', 'https://www.bilibili.com/video/BV1'), 'Organic Video'],
    ['a JD product page', pageView('https://x.cn/', 'https://item.jd.com/1.html'), 'Organic Shopping'],
    ['a jd / cpc tag', pageView('https://x.cn/?utm_source=jd&utm_medium=cpc'), 'Paid Shopping'],
    ['a partner blog', pageView('https://x.cn/', 'https://blog.partner.io/post'), 'Referral'],
    ['an internal navigation', pageView('https://www.x.cn/b', 'https://x.cn/a'), 'Direct'],
    ['a typed-in visit', pageView('https://x.cn/'), 'Direct'],
    ['a server-side track call', { type: 'track', event: 'Order Completed', userId: 'u' }, 'Direct'],
    ['a trade-show QR code', pageView('https://x.cn/?utm_source=booth&utm_medium=trade-show'), 'Offline Events'],
    ['a push notification', pageView('https://x.cn/?utm_source=app&utm_medium=push-notification'), 'Mobile Push Notifications'],
    ['an email without utm_source', pageView('https://x.cn/?utm_medium=email'), 'Email'],
  ])('classifies %s', (_label, message, expected) => {
    expect(channelOf(message)).toBe(expected);
  });

  it('returns the traffic source it classified', () => {
    expect(channelStep(campaignStep(pageView('https://x.cn/', 'https://www.baidu.com/')).value).value.traffic).toMatchObject({
      source: 'baidu',
      medium: 'organic',
    });
  });

  it('passes on the referrer-invalid warning', () => {
    expect(channelStep(campaignStep(pageView('https://x.cn/', '%%garbage%%')).value).warnings).toEqual(['referrer-invalid']);
  });

  it('uses a workspace rule set', () => {
    const rules: ChannelRule[] = [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES];
    const step = createChannelStep({ rules });
    expect(step(campaignStep(pageView('https://x.cn/?utm_source=xhs&utm_medium=KOL')).value).value.channel).toBe('KOL');
  });

  it('refuses an unusable rule set at creation with CONFIG_INVALID', () => {
    const rules = [{ channel: 'Bad', when: { op: 'matches', field: 'medium', pattern: '[' } }] as ChannelRule[];
    expect(() => createChannelStep({ rules })).toThrow(DomainError);
    try {
      createChannelStep({ rules });
    } catch (error) {
      expect((error as DomainError).code).toBe('CONFIG_INVALID');
    }
  });
});
