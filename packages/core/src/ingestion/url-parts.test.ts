import { describe, it, expect } from 'vitest';
import { hostOf, parseQuery, parseUrl, queryOf, sameSite } from './url-parts';

describe('queryOf', () => {
  it.each([
    ['https://a.com/p?x=1&y=2#frag', 'x=1&y=2'],
    ['/p?x=1', 'x=1'],
    ['https://a.com/p', ''],
    ['not a url ?utm_source=x', 'utm_source=x'],
    ['https://a.com/#/route?x=1', ''],
  ])('reads the query of %j', (url, query) => {
    expect(queryOf(url)).toBe(query);
  });
});

describe('parseQuery', () => {
  it('lower-cases names, decodes values, turns + into spaces, trims and blanks to null', () => {
    expect(parseQuery('UTM_Source=Weibo&utm_campaign=Spring+Sale%202024&utm_term=%20&utm_content')).toEqual([
      { name: 'utm_source', value: 'Weibo', undecodable: false },
      { name: 'utm_campaign', value: 'Spring Sale 2024', undecodable: false },
      { name: 'utm_term', value: null, undecodable: false },
      { name: 'utm_content', value: null, undecodable: false },
    ]);
  });

  it('decodes UTF-8 percent-encoding', () => {
    expect(parseQuery('utm_campaign=%E5%8F%8C%E5%8D%81%E4%B8%80')[0]?.value).toBe('双十一');
  });

  it('keeps a value with broken percent-encoding as sent and flags it', () => {
    expect(parseQuery('utm_source=%E0%A4%A&x=100%')).toEqual([
      { name: 'utm_source', value: '%E0%A4%A', undecodable: true },
      { name: 'x', value: '100%', undecodable: true },
    ]);
  });

  it('keeps only the first = as the separator and skips empty parts', () => {
    expect(parseQuery('?a=b=c&&')).toEqual([{ name: 'a', value: 'b=c', undecodable: false }]);
  });
});

describe('parseUrl and hostOf', () => {
  it.each([
    ['https://WWW.Google.co.jp./search?q=x', 'www.google.co.jp'],
    ['www.baidu.com/s?wd=x', 'www.baidu.com'],
    ['android-app://com.google.android.googlequicksearchbox/', 'com.google.android.googlequicksearchbox'],
    ['https://微博.com/', 'xn--9krt00a.com'],
  ])('finds the host of %j', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it.each(['', '   ', 'not a url', '/relative/path', 'about:blank', 'http://', '$direct', 'javascript:alert(1)'])('finds no host in %j', (url) => {
    expect(hostOf(url)).toBeNull();
  });

  it('returns null for unparseable text instead of throwing', () => {
    expect(parseUrl('http://exa mple.com')).toBeNull();
  });
});

describe('sameSite', () => {
  it.each([
    ['example.com', 'www.example.com', true],
    ['shop.example.com', 'example.com', true],
    ['example.com', 'example.org', false],
    ['a.github.io', 'b.github.io', false],
    ['notexample.com', 'example.com', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
  });
});
