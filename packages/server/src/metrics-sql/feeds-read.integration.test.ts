import { findMetric, metricReads } from '@marketops/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { computeMetricSql } from './compute-metric-sql';
import { ALL_FIXTURES } from './core-fixtures.fixtures';
import { loadDataset, openTestStore } from './metric-test-store.fixtures';

/**
 * The services read costs and channel snapshots only for metrics whose `metricReads` names them
 * (`MetricsService`, `AnalyticsService.trend`). That is safe only if every metric that uses a feed,
 * directly or through a metric it refers to, says so: each core fixture with feeds gives the same
 * answer with only the feeds its metric reads as with all of them.
 */
describe('metricReads names every feed a metric uses', () => {
  let store: DuckDbEventStore;
  const withFeeds = ALL_FIXTURES.map((fixture, index) => ({ fixture, index })).filter(({ fixture }) => fixture.dataset.costs.length > 0 || fixture.dataset.channelStats.length > 0);

  beforeAll(async () => {
    store = await openTestStore();
    for (const { fixture, index } of withFeeds) await loadDataset(store, `feeds-${index}`, fixture.dataset);
  });

  afterAll(async () => {
    await store.close();
  });

  it('has fixtures with costs and with channel snapshots', () => {
    expect(withFeeds.some(({ fixture }) => fixture.dataset.costs.length > 0)).toBe(true);
    expect(withFeeds.some(({ fixture }) => fixture.dataset.channelStats.length > 0)).toBe(true);
  });

  it.each(withFeeds.map(({ fixture, index }) => [`${fixture.metricId}: ${fixture.name}`, fixture, index] as const))('%s', async (_title, fixture, index) => {
    const feeds = metricReads(findMetric(fixture.metricId)!, findMetric).feeds;
    const base = { ...fixture.options, period: fixture.period, workspaceId: `feeds-${index}` };
    const all = await computeMetricSql(store, fixture.metricId, { ...base, costs: fixture.dataset.costs, channelStats: fixture.dataset.channelStats });
    const read = await computeMetricSql(store, fixture.metricId, {
      ...base,
      costs: feeds.includes('costs') ? fixture.dataset.costs : [],
      channelStats: feeds.includes('channel-stats') ? fixture.dataset.channelStats : [],
    });
    expect(read).toEqual(all);
  });
});
