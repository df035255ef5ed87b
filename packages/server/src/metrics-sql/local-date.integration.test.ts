import { localDate, startOfLocalDay, addDays } from '@marketops/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { openTestStore } from './metric-test-store.fixtures';
import { QueryBuilder } from './query-builder';

/**
 * The one piece of zone arithmetic done in SQL, the local date of an instant (offset arithmetic
 * within the spans around the period, DuckDB's ICU beyond them), must agree with calendar.ts
 * (`localDate`, Intl time zone data) everywhere, and above all at the instants around each local
 * midnight and each DST change, in the zones the product serves and in zones with half-hour
 * offsets or a DST change at midnight. The period below is in 2026, so its spans run from 2025 to
 * 2027: the random instants from 2020 to 2030 test both paths.
 */
const ZONES = ['Asia/Shanghai', 'Europe/Madrid', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago'];

describe('local dates in DuckDB agree with calendar.ts', () => {
  let store: DuckDbEventStore;

  beforeAll(async () => {
    store = await openTestStore();
  });

  afterAll(async () => {
    await store.close();
  });

  async function sqlDates(instants: readonly number[], timeZone: string): Promise<string[]> {
    const q = new QueryBuilder({ workspaceId: 'none', period: { from: '2026-01-01', to: '2026-01-01', timeZone }, settings: {}, mentionedReferrers: [] });
    const list = q.params.add(JSON.stringify(instants.map((ms) => new Date(ms).toISOString())));
    const { sql, params } = q.statement(
      `SELECT CAST(${q.localDate('CAST(t AS TIMESTAMPTZ)')} AS VARCHAR) AS d FROM (SELECT unnest(CAST(from_json(${list}, '["VARCHAR"]') AS VARCHAR[])) AS t, generate_subscripts(CAST(from_json(${list}, '["VARCHAR"]') AS VARCHAR[]), 1) AS i) ORDER BY i`,
    );
    return (await store.query(sql, params)).map((row) => String(row['d']));
  }

  it.each(ZONES)('%s: every local midnight of 2026 and 1 ms either side', async (timeZone) => {
    const instants: number[] = [];
    for (let day = '2025-12-31'; day <= '2027-01-01'; day = addDays(day, 1)) {
      const start = startOfLocalDay(day, timeZone).getTime();
      instants.push(start - 1, start, start + 1);
    }
    expect(await sqlDates(instants, timeZone)).toEqual(instants.map((ms) => localDate(new Date(ms), timeZone)));
  });

  it('uses arithmetic around the period and ICU only beyond it', async () => {
    const q = new QueryBuilder({ workspaceId: 'none', period: { from: '2026-01-01', to: '2026-01-01', timeZone: 'America/New_York' }, settings: {}, mentionedReferrers: [] });
    const sql = q.localDate();
    expect(sql).toContain("WHEN ts < TIMESTAMPTZ '2026-03-08T07:00:00.000Z' THEN DATE '1970-01-01' + CAST((epoch_ms(ts) + -18000000) // 86400000 AS INTEGER)");
    expect(sql.match(/timezone\(/g)).toHaveLength(2); // before the first span and after the last
  });

  it('random instants from 2020 to 2030', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ZONES), fc.array(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), { minLength: 1, maxLength: 200 }), async (timeZone, instants) => {
        expect(await sqlDates(instants, timeZone)).toEqual(instants.map((ms) => localDate(new Date(ms), timeZone)));
      }),
      { numRuns: 30 },
    );
  });
});
