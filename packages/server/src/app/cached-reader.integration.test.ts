import { METRICS } from '@marketops/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../events/duckdb/duckdb-event-store';
import { bareEvent } from '../events/event-fixtures';
import { compareWithPreviousPeriodSql, computeMetricSql, computeMetricSqlByBucket, type MetricSqlReader } from '../metrics-sql/index';
import { ALL_FIXTURES, type MetricFixture } from '../metrics-sql/core-fixtures.fixtures';
import { loadDataset, openTestStore } from '../metrics-sql/metric-test-store.fixtures';
import { QueryResultCache } from './cached-reader';

/**
 * The query-result cache on the real DuckDB store: every metric answers through it exactly as on
 * the store, asked once or again (so no engine code changes a shared row), and after events are
 * added or channels reassigned it answers with the new data, never an older answer.
 */

const MIB = 1024 * 1024;

/** One fixture per metric, the first eight: few enough that a random sequence asks one again after an addition. */
const FIRST_OF_METRIC = [...new Map(ALL_FIXTURES.map((fixture, index) => [fixture.metricId, index])).values()].slice(0, 8);
const SOME = FIRST_OF_METRIC.map((index) => ALL_FIXTURES[index] as MetricFixture);
/** Where each of SOME lives in ALL_FIXTURES (its events are loaded as `fixture-<index>`). */
const SOME_INDEX = FIRST_OF_METRIC;

type Outcome = { readonly ok: unknown } | { readonly error: string };

async function settle(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await work() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** A fixture's metric and its previous period, on `workspaceId`, read through `reader`. */
function ask(reader: MetricSqlReader, fixture: MetricFixture, workspaceId: string): Promise<Outcome> {
  const options = { ...fixture.options, period: fixture.period, workspaceId, costs: fixture.dataset.costs, channelStats: fixture.dataset.channelStats, asOf: new Date('2030-01-01T00:00:00Z') };
  return settle(async () => [await computeMetricSql(reader, fixture.metricId, options), await compareWithPreviousPeriodSql(reader, fixture.metricId, options)]);
}

describe('QueryResultCache on the DuckDB event store', () => {
  let store: DuckDbEventStore;

  beforeAll(async () => {
    store = await openTestStore();
    for (const [index, fixture] of ALL_FIXTURES.entries()) await loadDataset(store, `fixture-${index}`, fixture.dataset);
  });

  afterAll(async () => {
    await store.close();
  });

  it('answers every core fixture as the store does, the first time and from the cache', async () => {
    const cache = new QueryResultCache(store, { maxBytes: 64 * MIB });
    for (const [index, fixture] of ALL_FIXTURES.entries()) {
      const direct = await ask(store, fixture, `fixture-${index}`);
      expect(await ask(cache, fixture, `fixture-${index}`), `${fixture.metricId}: ${fixture.name}`).toEqual(direct);
      expect(await ask(cache, fixture, `fixture-${index}`), `${fixture.metricId}: ${fixture.name}, again`).toEqual(direct);
    }
    expect(cache.stats().hits).toBeGreaterThan(ALL_FIXTURES.length);
  });

  it('answers every catalog metric asked again a moment later from the cache: no query names the request\'s "now"', async () => {
    const workspaceId = 'every-metric';
    for (const [index, fixture] of ALL_FIXTURES.entries()) {
      await store.append(fixture.dataset.events.map((event) => ({ ...event, workspaceId, messageId: `${index}-${event.messageId}` })));
    }
    const cache = new QueryResultCache(store, { maxBytes: 256 * MIB });
    const period = { from: '2026-02-20', to: '2026-03-12', timeZone: 'Europe/Madrid' };
    // Why "now" inside the period: the provisional flags (which depend on it) are in play.
    const askAll = (asOf: Date) =>
      Promise.all(
        METRICS.map((metric) => {
          const options = { workspaceId, period, asOf, costs: [], channelStats: [] };
          return settle(async () => [await compareWithPreviousPeriodSql(cache, metric.id, options), await computeMetricSqlByBucket(cache, metric.id, options, 'week')]);
        }),
      );
    const first = await askAll(new Date('2026-03-10T09:00:00.000Z'));
    const { misses } = cache.stats();
    expect(misses).toBeGreaterThan(METRICS.length);
    const again = await askAll(new Date('2026-03-10T09:00:07.250Z'));
    expect(cache.stats().misses, 'queries run again').toBe(misses);
    expect(again).toEqual(first);
  });

  it('after events are added, answers with them: random additions and questions agree with the store', async () => {
    let workspace = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.record({ add: fc.nat(SOME.length - 1) }), fc.record({ ask: fc.nat(SOME.length - 1) })), { minLength: 2, maxLength: 12 }),
        async (steps) => {
          workspace += 1;
          const workspaceId = `mixed-${workspace}`;
          const cache = new QueryResultCache(store, { maxBytes: 64 * MIB });
          const own = cache.forWorkspace(workspaceId);
          // Another workspace, asked through its own reader all along: events sent here must not change it.
          const other = `fixture-${SOME_INDEX[0]}`;
          const otherFixture = SOME[0] as MetricFixture;
          const otherBefore = await ask(cache.forWorkspace(other), otherFixture, other);
          const asked = new Set<number>();
          const check = async (index: number, label: string) => {
            const fixture = SOME[index] as MetricFixture;
            // Asked twice through the cache: the second comes from it.
            const cached = await ask(own, fixture, workspaceId);
            expect(await ask(own, fixture, workspaceId)).toEqual(cached);
            expect(cached, `${label}: ${fixture.metricId}`).toEqual(await ask(store, fixture, workspaceId));
            expect(await ask(cache, fixture, workspaceId), `${label}: ${fixture.metricId}, unscoped`).toEqual(cached);
          };
          for (const [n, step] of steps.entries()) {
            if ('add' in step) {
              const events = (SOME[step.add] as MetricFixture).dataset.events;
              await store.append(events.map((event) => ({ ...event, workspaceId, messageId: `${n}-${event.messageId}` })));
              // Why every earlier question again: an answer kept from before the addition must not come back.
              for (const index of asked) await check(index, `step ${n}, after the addition`);
            } else {
              asked.add(step.ask);
              await check(step.ask, `step ${n}`);
            }
          }
          const hits = cache.stats().hits;
          expect(await ask(cache.forWorkspace(other), otherFixture, other)).toEqual(otherBefore);
          expect(cache.stats().hits, 'the other workspace answered from the cache').toBeGreaterThan(hits);
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('after a channel reassignment, answers with the new channels', async () => {
    const cache = new QueryResultCache(store, { maxBytes: 64 * MIB });
    const workspaceId = 'reassigned';
    await store.append([1, 2, 3].map((n) => bareEvent(workspaceId, `m${n}`, { type: 'page', anonymousId: `a${n}`, channel: 'Direct', referrer: 'https://www.weibo.com/' })));
    const byChannel = 'SELECT channel, count(*) AS n FROM events WHERE workspace_id = $w GROUP BY channel';
    const scoped = cache.forWorkspace(workspaceId);
    expect(await cache.query(byChannel, { w: workspaceId })).toEqual([{ channel: 'Direct', n: 3n }]);
    expect(await scoped.query(byChannel, { w: workspaceId })).toEqual([{ channel: 'Direct', n: 3n }]);
    const moved = await store.reassignChannels(workspaceId, () => 'Organic Social');
    expect(moved.changed).toBe(3);
    expect(await cache.query(byChannel, { w: workspaceId })).toEqual([{ channel: 'Organic Social', n: 3n }]);
    expect(await scoped.query(byChannel, { w: workspaceId })).toEqual([{ channel: 'Organic Social', n: 3n }]);
  });

  it('an append that was only duplicates keeps the answers; one with a new event does not', async () => {
    const cache = new QueryResultCache(store, { maxBytes: 64 * MIB });
    const workspaceId = 'dupes';
    const count = 'SELECT count(*) AS n FROM events WHERE workspace_id = $w';
    await store.append([bareEvent(workspaceId, 'd1')]);
    expect(await cache.query(count, { w: workspaceId })).toEqual([{ n: 1n }]);
    await store.append([bareEvent(workspaceId, 'd1')]);
    expect(await cache.query(count, { w: workspaceId })).toEqual([{ n: 1n }]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    await store.append([bareEvent(workspaceId, 'd1'), bareEvent(workspaceId, 'd2')]);
    expect(await cache.query(count, { w: workspaceId })).toEqual([{ n: 2n }]);
  });
});
