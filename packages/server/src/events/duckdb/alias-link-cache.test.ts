import { describe, expect, it } from 'vitest';
import { bareEvent } from '../event-fixtures';
import { AliasLinkCache } from './alias-link-cache';
import { prepareEvents } from './prepare-event';

const base = Date.parse('2026-03-01T00:00:00Z');
let id = 0;
/** One event linking anonymous id `alias` to user `person`, `minutes` after base. */
const link = (alias: string, person: string, minutes: number, workspace = 'w') =>
  bareEvent(workspace, `m${id++}`, { anonymousId: alias, userId: person, timestamp: new Date(base + minutes * 60_000) });
const rowsOf = (cache: AliasLinkCache, ...events: ReturnType<typeof link>[]) => cache.linksToMerge(prepareEvents(events)).map((r) => `${r.w}|${r.a}|${r.p}|${(r.ts - base) / 60_000}`);

describe('AliasLinkCache', () => {
  it('gives per alias its earliest links of the commit, every person on a tie, each once', () => {
    const cache = new AliasLinkCache(10);
    expect(rowsOf(cache, link('a', 'u2', 5), link('a', 'u1', 3), link('a', 'u3', 3), link('a', 'u1', 3), link('b', 'u1', 9), link('a', 'u0', 4))).toEqual(['w|a|u1|3', 'w|a|u3|3', 'w|b|u1|9']);
    // workspaces are apart; events without a link give none
    expect(rowsOf(cache, link('a', 'u1', 3, 'w2'), bareEvent('w', 'plain', { anonymousId: 'a' }))).toEqual(['w2|a|u1|3']);
  });

  it('leaves out, once remembered, a later link and the same link; keeps an earlier one and a tie with another person', () => {
    const cache = new AliasLinkCache(10);
    cache.remember(cache.linksToMerge(prepareEvents([link('a', 'u5', 10)])));
    expect(rowsOf(cache, link('a', 'u1', 11))).toEqual([]);
    expect(rowsOf(cache, link('a', 'u5', 10))).toEqual([]);
    expect(rowsOf(cache, link('a', 'u9', 9))).toEqual(['w|a|u9|9']);
    expect(rowsOf(cache, link('a', 'u1', 10))).toEqual(['w|a|u1|10']);
    // the same alias in another workspace is another alias
    expect(rowsOf(cache, link('a', 'u5', 11, 'w2'))).toEqual(['w2|a|u5|11']);
  });

  it('forgets an alias whose commit had a tie between people (which one DuckDB keeps is its business)', () => {
    const cache = new AliasLinkCache(10);
    cache.remember(cache.linksToMerge(prepareEvents([link('a', 'u1', 3), link('a', 'u2', 3)])));
    expect(cache.size).toBe(0);
    expect(rowsOf(cache, link('a', 'u1', 4))).toEqual(['w|a|u1|4']);
  });

  it('holds at most its capacity, forgetting the least recently used; 0 holds nothing', () => {
    const cache = new AliasLinkCache(2);
    cache.remember(cache.linksToMerge(prepareEvents([link('a', 'u', 1), link('b', 'u', 1)])));
    expect(rowsOf(cache, link('a', 'u', 2))).toEqual([]); // a is used: b is now the oldest
    cache.remember(cache.linksToMerge(prepareEvents([link('c', 'u', 1)])));
    expect(cache.size).toBe(2);
    expect(rowsOf(cache, link('a', 'u', 2), link('b', 'u', 2), link('c', 'u', 2))).toEqual(['w|b|u|2']);
    const none = new AliasLinkCache(0);
    none.remember(none.linksToMerge(prepareEvents([link('a', 'u', 1)])));
    expect(rowsOf(none, link('a', 'u', 2))).toEqual(['w|a|u|2']);
    expect(() => new AliasLinkCache(-1)).toThrow(RangeError);
  });
});
