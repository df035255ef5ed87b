import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricTargetStore } from '@marketops/core';
import type { SqlClient } from './sql-client';
import { openPgliteTestDatabase, openPostgresTestDatabase, type TestDatabase } from './test-databases.fixtures';
import { SqlMetricTargetStore } from './sql-metric-target-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

/** The target store's contract, run against PGlite always and PostgreSQL when configured. */
function targetContract(name: string, open: () => Promise<TestDatabase>) {
  describe(`MetricTargetStore contract: ${name}`, () => {
    let client: SqlClient;
    let cleanup: () => Promise<void>;
    let store: MetricTargetStore;
    beforeEach(async () => {
      ({ client, cleanup } = await open());
      store = new SqlMetricTargetStore(client);
      await client.query("INSERT INTO workspaces (id, name, description, version) VALUES ('acme', 'Acme', NULL, 1), ('other', 'Other', NULL, 1)");
    });
    afterEach(async () => cleanup());

    it('keeps one target per metric and period, replaced when set again, per workspace', async () => {
      await store.put('acme', { metricId: 'after-sales.nps', from: '2026-04-01', to: '2026-04-30', value: 35 });
      await store.put('acme', { metricId: 'after-sales.nps', from: '2026-04-01', to: '2026-04-30', value: 40.5 });
      await store.put('acme', { metricId: 'after-sales.nps', from: '2026-05-01', to: '2026-05-31', value: 42 });
      await store.put('acme', { metricId: 'store-ops.orders', from: '2026-04-01', to: '2026-04-30', value: 1200 });
      await store.put('other', { metricId: 'after-sales.nps', from: '2026-04-01', to: '2026-04-30', value: 10 });
      expect(await store.list('acme', 'after-sales.nps')).toEqual([
        { metricId: 'after-sales.nps', from: '2026-04-01', to: '2026-04-30', value: 40.5 },
        { metricId: 'after-sales.nps', from: '2026-05-01', to: '2026-05-31', value: 42 },
      ]);
      expect(await store.list('acme')).toHaveLength(3);
      expect(await store.remove('acme', 'after-sales.nps', { from: '2026-04-01', to: '2026-04-30' })).toBe(true);
      expect(await store.remove('acme', 'after-sales.nps', { from: '2026-04-01', to: '2026-04-30' })).toBe(false);
      expect(await store.list('other')).toHaveLength(1);
    });

    it('answers WORKSPACE_NOT_FOUND for an unknown workspace, refuses a reversed period, and drops targets with their workspace', async () => {
      await expect(store.list('nobody')).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.put('nobody', { metricId: 'x.y', from: '2026-01-01', to: '2026-01-31', value: 1 })).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.put('acme', { metricId: 'x.y', from: '2026-02-01', to: '2026-01-01', value: 1 })).rejects.toThrow();
      await store.put('acme', { metricId: 'x.y', from: '2026-01-01', to: '2026-01-31', value: 1 });
      await client.query("DELETE FROM workspaces WHERE id = 'acme'");
      await expect(client.query('SELECT * FROM metric_targets')).resolves.toEqual([]);
    });
  });
}

targetContract('PGlite in memory', openPgliteTestDatabase);

describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  targetContract('PostgreSQL', () => openPostgresTestDatabase(databaseUrl as string));
});
