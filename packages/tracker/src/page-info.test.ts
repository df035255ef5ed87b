import { describe, expect, it } from 'vitest';
import { createPageViewDedupe, pageInfo } from './page-info';

describe('page info', () => {
  it('records url without the fragment, path, search, title and referrer', () => {
    const location = { href: 'https://shop.example/p?utm_source=weibo#top', pathname: '/p', search: '?utm_source=weibo' };
    expect(pageInfo(location, 'Pricing', 'https://weibo.com/')).toEqual({
      url: 'https://shop.example/p?utm_source=weibo',
      path: '/p',
      search: '?utm_source=weibo',
      title: 'Pricing',
      referrer: 'https://weibo.com/',
    });
  });
});

describe('SPA page-view dedupe', () => {
  it('a new URL is a page view whose referrer is the previous one; the same URL in a row is not', () => {
    const dedupe = createPageViewDedupe();
    expect(dedupe.next('https://x.cn/')).toEqual({ previous: '' });
    expect(dedupe.next('https://x.cn/')).toBeNull();
    expect(dedupe.next('https://x.cn/#pricing')).toBeNull();
    expect(dedupe.next('https://x.cn/a')).toEqual({ previous: 'https://x.cn/' });
    expect(dedupe.next('https://x.cn/a?tab=2')).toEqual({ previous: 'https://x.cn/a' });
    expect(dedupe.next('https://x.cn/')).toEqual({ previous: 'https://x.cn/a?tab=2' });
  });

  it('a manual page() counts as the page view of its URL', () => {
    const dedupe = createPageViewDedupe();
    dedupe.record('https://x.cn/b');
    expect(dedupe.next('https://x.cn/b')).toBeNull();
  });
});
