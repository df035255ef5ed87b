import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { bareEvent } from '../events/event-fixtures';
import { jsonMember, memberBetween, memberEquals, memberExists, memberKeyText } from './json-sql';
import { openTestStore } from './metric-test-store.fixtures';
import { QueryBuilder } from './query-builder';

/**
 * The JSON reads every kind builds on, against JavaScript itself: a stored number's key text is
 * `String(n)` (so 7 and "7" are one key, and 1e+21 is spelled as JavaScript spells it), strict
 * equality and ranges compare the double JavaScript parsed, and "exists" means present, not null,
 * not ''.
 */
describe('JSON property reads in DuckDB agree with JavaScript', () => {
  let store: DuckDbEventStore;
  let workspaces = 0;

  beforeAll(async () => {
    store = await openTestStore();
  });

  afterAll(async () => {
    await store.close();
  });

  async function readBack(values: readonly unknown[], select: (q: QueryBuilder) => string): Promise<unknown[]> {
    workspaces += 1;
    const workspaceId = `json-${workspaces}`;
    await store.append(values.map((value, i) => bareEvent(workspaceId, `m${String(i).padStart(5, '0')}`, { properties: { v: value } })));
    const q = new QueryBuilder({ workspaceId, period: { from: '2026-01-01', to: '2026-01-01', timeZone: 'UTC' }, settings: {}, mentionedReferrers: [] });
    const { sql, params } = q.statement(`SELECT ${select(q)} AS out FROM ev ORDER BY message_id`);
    return (await store.query(sql, params)).map((row) => row['out']);
  }

  it('a number key is its JavaScript text, a string key itself, anything else none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.maxSafeInteger()), { minLength: 1, maxLength: 40 }),
        async (values) => {
          const keys = await readBack(values, (q) => memberKeyText(jsonMember('properties', ['v'], q.params)));
          // JSON.stringify writes -0 as 0, like String(-0).
          const expected = values.map((v) => (typeof v === 'number' ? String(v) : typeof v === 'string' && v !== '' ? v : null));
          expect(keys).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('strict equality and ranges read the double JavaScript parsed; exists is hasValue', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), fc.constantFrom('3', '', true, false, null, 3, 3.5, {}, [])), { minLength: 1, maxLength: 30 }),
        fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(3.5, '3', true)),
        async (values, literal) => {
          const rows = await readBack(values, (q) => {
            const m = jsonMember('properties', ['v'], q.params);
            return `[${memberEquals(m, literal, q.params)}, ${memberBetween(m, -3, 4.5, false, q.params)}, ${memberBetween(m, -3, 4.5, true, q.params)}, ${memberExists(m)}]`;
          });
          const expected = values.map((v) => {
            const n = typeof v === 'number' && Number.isFinite(v) ? v : null;
            return [v === literal, n !== null && n >= -3 && n <= 4.5, n !== null && Number.isInteger(n) && n >= -3 && n <= 4.5, v !== undefined && v !== null && v !== ''];
          });
          expect(rows).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
