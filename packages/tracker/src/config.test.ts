import { describe, expect, it } from 'vitest';
import { parseConfig, type ScriptTag } from './config';

const tag = (src: string, attributes: Record<string, string>): ScriptTag => ({ src, getAttribute: (name) => attributes[name] ?? null });
const PAGE = 'https://shop.example/pricing?x=1';

describe('configuration from the script tag', () => {
  it('sends to the script\'s own origin by default', () => {
    expect(parseConfig(tag('https://mo.example.com/t.js?v=2', { 'data-write-key': ' wk_1 ' }), PAGE)).toEqual({
      ok: true,
      config: { writeKey: 'wk_1', host: 'https://mo.example.com', respectDnt: false },
    });
  });

  it('data-host wins, may carry a path prefix (a reverse proxy) and may be relative to the page', () => {
    const host = (value: string) => {
      const result = parseConfig(tag('https://cdn.example/t.js', { 'data-write-key': 'k', 'data-host': value }), PAGE);
      return result.ok ? result.config.host : result.reason;
    };
    expect(host('https://mo.example.com/')).toBe('https://mo.example.com');
    expect(host('https://shop.example/mo/')).toBe('https://shop.example/mo');
    expect(host('/analytics')).toBe('https://shop.example/analytics');
    expect(host('ftp://x.example')).toBe('data-host "ftp://x.example" is not an http(s) URL');
  });

  it('Do Not Track is respected only with data-respect-dnt="true"', () => {
    const dnt = (value: string | undefined) => {
      const result = parseConfig(tag('https://mo.example/t.js', { 'data-write-key': 'k', ...(value === undefined ? {} : { 'data-respect-dnt': value }) }), PAGE);
      return result.ok && result.config.respectDnt;
    };
    expect([dnt(undefined), dnt('false'), dnt('yes'), dnt('true')]).toEqual([false, false, false, true]);
  });

  it('a tag without a write key, or without a usable host, is a reason to print', () => {
    expect(parseConfig(tag('https://mo.example/t.js', {}), PAGE)).toMatchObject({ ok: false, reason: expect.stringContaining('data-write-key') });
    expect(parseConfig(tag('', { 'data-write-key': 'k' }), PAGE)).toMatchObject({ ok: false, reason: expect.stringContaining('data-host') });
  });
});
