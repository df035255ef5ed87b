import { describe, expect, it } from 'vitest';
import { DayKeys, DedupeIndex } from './dedupe-index';

const TODAY = 20_000;

describe('DedupeIndex', () => {
  it('finds committed keys in any hot day, per workspace', () => {
    const index = new DedupeIndex({ windowDays: 7 }, TODAY);
    expect(index.hotFromDay).toBe(TODAY - 7);
    index.add('w1', 'm1', TODAY - 7);
    index.add('w1', 'm2', TODAY + 3);
    expect(index.has('w1', 'm1', TODAY)).toBe(true);
    expect(index.has('w1', 'm2', TODAY - 6)).toBe(true);
    expect(index.has('w2', 'm1', TODAY)).toBe(false);
    expect(index.has('w1', 'm3', TODAY)).toBe(false);
    expect(index.size).toBe(2);
  });

  it('asks for the cold days around an old event, and only those', () => {
    const index = new DedupeIndex({ windowDays: 7 }, TODAY);
    expect(index.daysToLoad([TODAY, TODAY - 6])).toEqual([]);
    expect(index.daysToLoad([TODAY - 7])).toEqual([TODAY - 8]);
    expect(index.daysToLoad([TODAY - 30, TODAY - 31])).toEqual([TODAY - 32, TODAY - 31, TODAY - 30, TODAY - 29]);
    expect(() => index.has('w', 'm', TODAY - 30)).toThrow(/not loaded/);
  });

  it('checks an old event against its loaded neighbours and records new keys there', () => {
    const index = new DedupeIndex({ windowDays: 7 }, TODAY);
    const old = new DayKeys();
    old.add('w', 'stored-long-ago');
    for (const day of index.daysToLoad([TODAY - 30])) index.loadColdDay(day, day === TODAY - 31 ? old : new DayKeys());
    expect(index.has('w', 'stored-long-ago', TODAY - 30)).toBe(true);
    expect(index.has('w', 'new', TODAY - 30)).toBe(false);
    index.add('w', 'new', TODAY - 29);
    expect(index.has('w', 'new', TODAY - 30)).toBe(true);
    index.add('w', 'not-loaded', TODAY - 100);
    expect(index.size).toBe(2);
  });

  it('moves expired hot days to the cold LRU and evicts beyond maxColdDays', () => {
    const index = new DedupeIndex({ windowDays: 2, maxColdDays: 2 }, TODAY);
    index.add('w', 'a', TODAY - 2);
    index.add('w', 'b', TODAY - 1);
    index.advance(TODAY + 1);
    expect(index.hotFromDay).toBe(TODAY - 1);
    expect(index.daysToLoad([TODAY - 2])).toEqual([TODAY - 3]);
    expect(index.has('w', 'a', TODAY - 1)).toBe(true);
    index.advance(TODAY + 10);
    expect(index.daysToLoad([TODAY - 2])).toEqual([TODAY - 3, TODAY - 2, TODAY - 1]);
    expect(index.size).toBe(0);
  });

  it('refuses a window shorter than a day', () => {
    expect(() => new DedupeIndex({ windowDays: 0 }, TODAY)).toThrow(RangeError);
  });
});
