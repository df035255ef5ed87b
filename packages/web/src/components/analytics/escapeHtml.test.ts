import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and keeps the rest', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&微信`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;微信');
  });
});
