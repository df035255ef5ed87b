import { computeMetric, type MetricOptions } from '@marketops/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { bareEvent } from '../events/event-fixtures';
import { computeMetricSql } from './compute-metric-sql';
import { openTestStore } from './metric-test-store.fixtures';

/**
 * Where formula.ts and the reference disagree, the text decides (formula.ts says so). These cases
 * are kept out of the property tests and pinned here, each with what the reference does instead,
 * so the day the reference is aligned this file says which expectation to flip.
 *
 * `money-sum`: "its amount property (a finite JSON number, or a plain decimal string
 * `-?digits[.digits]`; anything else and the key adds nothing)".
 */
describe('money-sum amounts: the text of formula.ts decides', () => {
  let store: DuckDbEventStore;
  const period = { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' };
  const options: MetricOptions = { asOf: new Date('2026-12-01T00:00:00Z'), reportingCurrency: 'CNY' };
  const order = (id: string, total: unknown) =>
    bareEvent('text', `m-${id}`, { event: 'Order Completed', userId: 'u1', timestamp: new Date('2026-03-05T10:00:00Z'), properties: { order_id: id, total } });
  const events = [order('o1', ' 12.50 '), order('o2', '+5'), order('o3', 1e21), order('o4', 1.2345678901234566e-7), order('o5', '2.25')];

  beforeAll(async () => {
    store = await openTestStore();
    await store.append(events);
  });

  afterAll(async () => {
    await store.close();
  });

  it('adds no padded or signed string and every finite number at its exact printed value', async () => {
    const result = await computeMetricSql(store, 'store-ops.gmv', { ...options, period, workspaceId: 'text' });
    // 1e21 + 0.00000012345678901234566 + 2.25, exactly.
    expect(result.money?.amount).toBe('1000000000000000000002.25000012345678901234566');
  });

  it('differs from the reference, which trims and accepts "+", drops numbers >= 1e21 and rounds tiny ones to 20 places', () => {
    const reference = computeMetric('store-ops.gmv', { workspaceId: 'text', timeZone: 'UTC', events, costs: [], channelStats: [] }, period, options);
    // 12.50 + 5 + 0.00000012345678901235 (toFixed(20)) + 2.25
    expect(reference.money?.amount).toBe('19.75000012345678901235');
  });
});
