import { describe, expect, it } from 'vitest';
import { SegmentMessageSchema } from '@marketops/contracts';
import { curlSnippet, scriptSnippet } from './writeKeySnippets';

describe('write key snippets', () => {
  it('the curl call posts a valid track message to /v1/track with the key as Basic user', () => {
    const text = curlSnippet('https://mo.example.com', 'wk_abc');
    expect(text).toContain("curl -u 'wk_abc:'");
    expect(text.trimEnd().endsWith('https://mo.example.com/v1/track')).toBe(true);
    const body = /-d '([^']+)'/.exec(text)?.[1];
    const message = SegmentMessageSchema.parse({ type: 'track', ...JSON.parse(body ?? 'null') });
    expect(message).toMatchObject({ event: 'Signed Up', userId: 'u-1' });
  });
  it('the script tag loads the tracker with the key', () =>
    expect(scriptSnippet('https://mo.example.com', 'wk_abc')).toBe('<script defer src="https://mo.example.com/t.js" data-write-key="wk_abc"></script>'));
});
