import { describe, expect, it } from 'vitest';
import { applySearch } from './search';
import { decodeMapEntry, encodeMapEntry, reachRequest, reachSearch, readReach } from './reach';

describe('reach in the URL', () => {
  it('round-trips rows and the channel map, names with separators included', () => {
    const state = { rows: 'campaign' as const, channelMap: [['Google Ads', 'Paid Search'], ['微信:朋友圈,广告', 'Paid Social']] as [string, string][] };
    expect(readReach(new URLSearchParams(applySearch(new URLSearchParams(), reachSearch(state)).toString()))).toEqual({ state, invalid: [] });
  });

  it.each(['', 'Google Ads', 'Google Ads:', ':Paid Search', 'a:b:c', '%E0%A4%A:x', `${'x'.repeat(201)}:y`])('refuses the mapping %j', (raw) => expect(decodeMapEntry(raw)).toBeNull());

  it('notes unreadable and repeated mappings, keeping the first', () => {
    const read = readReach(new URLSearchParams([['cmap', 'Google Ads:Paid Search'], ['cmap', 'google ads:Display'], ['cmap', 'junk'], ['rows', 'person']]));
    expect(read.state).toEqual({ rows: 'channel', channelMap: [['Google Ads', 'Paid Search']] });
    expect(read.invalid).toEqual(['rows', 'cmap']);
  });

  it('sends the map as an object, only when there is one', () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect(reachRequest({ rows: 'channel', channelMap: [] }, period, [])).toEqual({ period });
    expect(reachRequest({ rows: 'channel', channelMap: [['Google Ads', 'Paid Search']] }, period, [])).toEqual({ period, channelMap: { 'Google Ads': 'Paid Search' } });
    expect(encodeMapEntry(['a', 'b'])).toBe('a:b');
  });
});
