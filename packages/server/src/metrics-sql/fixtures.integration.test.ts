import { computeMetric } from '@marketops/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { computeMetricSql } from './compute-metric-sql';
import { ALL_FIXTURES } from './core-fixtures.fixtures';
import { expectSameResult, loadDataset, openTestStore } from './metric-test-store.fixtures';

/**
 * Every hand-computed fixture of the core, on DuckDB: the SQL engine must give the fixture's
 * expected value (and parts, money, provisional flag), and the reference's result field by field.
 * One store; each fixture's events live in a workspace of their own.
 */
describe('metrics on DuckDB: the core fixtures', () => {
  let store: DuckDbEventStore;
  const workspaceOf = (index: number): string => `fixture-${index}`;

  beforeAll(async () => {
    store = await openTestStore();
    for (const [index, fixture] of ALL_FIXTURES.entries()) await loadDataset(store, workspaceOf(index), fixture.dataset);
  });

  afterAll(async () => {
    await store.close();
  });

  it.each(ALL_FIXTURES.map((fixture, index) => [`${fixture.metricId}: ${fixture.name}`, fixture, index] as const))('%s', async (_title, fixture, index) => {
    const { dataset, period, options, expected } = fixture;
    const result = await computeMetricSql(store, fixture.metricId, {
      ...options,
      period,
      workspaceId: workspaceOf(index),
      costs: dataset.costs,
      channelStats: dataset.channelStats,
    });
    if (expected.value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(expected.value, 9);
    if (expected.numerator !== undefined) expect(result.numerator).toBeCloseTo(expected.numerator, 9);
    if (expected.denominator !== undefined) expect(result.denominator).toBe(expected.denominator);
    if (expected.money !== undefined) expect(result.money?.amount).toBe(expected.money);
    expect(result.provisional).toBe(expected.provisional ?? false);
    expectSameResult(result, computeMetric(fixture.metricId, dataset, period, options));
  });
});
