import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_RULES, type ChannelRule } from '@marketops/core';
import { PipelineCache } from './pipeline-cache';

const at = new Date();
const kol: ChannelRule[] = [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES];
const message = { type: 'page' as const, anonymousId: 'a', context: { campaign: { source: 'xiaohongshu', medium: 'kol' } } };
const channelOf = (outcome: ReturnType<ReturnType<PipelineCache['for']>>) => (outcome.kind === 'ok' ? outcome.event.channel : outcome.reason);

describe('PipelineCache', () => {
  it('classifies with the default rules without workspace rules, and with the given rules otherwise', () => {
    const cache = new PipelineCache();
    const ctx = { workspaceId: 'acme', receivedAt: at, now: at };
    expect(channelOf(cache.for(undefined)(message, ctx))).toBe('Organic Social');
    expect(channelOf(cache.for({ key: 'acme@1', rules: kol })(message, ctx))).toBe('KOL');
  });

  it('builds each version once and keeps only the most recently used', () => {
    const cache = new PipelineCache(2);
    const a = cache.for({ key: 'a', rules: kol });
    expect(cache.for({ key: 'a', rules: kol })).toBe(a);
    cache.for({ key: 'b', rules: kol });
    cache.for({ key: 'a', rules: kol }); // a is now the most recent
    cache.for({ key: 'c', rules: kol }); // drops b
    expect(cache.size).toBe(2);
    expect(cache.for({ key: 'a', rules: kol })).toBe(a);
  });

  it('refuses unusable rules with CONFIG_INVALID', () => {
    expect(() => new PipelineCache().for({ key: 'x', rules: [{ channel: 'X', when: { op: 'matches', field: 'medium', pattern: '(' } }] })).toThrow(/channel rules are invalid/);
  });
});
