import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricSettings, MetricSettingsStore } from '@marketops/core';
import type { SqlClient } from './sql-client';
import { openPgliteTestDatabase, openPostgresTestDatabase, type TestDatabase } from './test-databases.fixtures';
import { SqlMetricSettingsStore } from './sql-metric-settings-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

/** The metric settings store's contract, run against PGlite always and PostgreSQL when configured. */
function metricSettingsContract(name: string, open: () => Promise<TestDatabase>) {
  describe(`MetricSettingsStore contract: ${name}`, () => {
    let client: SqlClient;
    let cleanup: () => Promise<void>;
    let store: MetricSettingsStore;
    beforeEach(async () => {
      ({ client, cleanup } = await open());
      store = new SqlMetricSettingsStore(client);
      await client.query("INSERT INTO workspaces (id, name, description, version) VALUES ('acme', 'Acme', NULL, 1)");
    });
    afterEach(async () => cleanup());

    it('gives {} until settings are saved, then exactly what was saved, and replaces them whole', async () => {
      await expect(store.get('acme')).resolves.toEqual({});
      const saved: MetricSettings = {
        targetAudience: [
          { trait: 'país', op: 'in', values: ['MX', 2, true] },
          { trait: 'age', op: 'between', min: 18.5, max: 45 },
        ],
        retentionDay: 30,
        ownAccounts: ['wechat', '微博'],
        storePathPrefixes: ['/tienda'],
        primaryStore: 'app-store',
      };
      await expect(store.put('acme', saved)).resolves.toEqual(saved);
      await expect(store.get('acme')).resolves.toEqual(saved);
      await store.put('acme', { retentionDay: 1 });
      await expect(store.get('acme')).resolves.toEqual({ retentionDay: 1 });
    });

    it('answers WORKSPACE_NOT_FOUND for a workspace that does not exist, and drops settings with their workspace', async () => {
      await expect(store.get('nobody')).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.put('nobody', {})).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await store.put('acme', { ownAccounts: ['line'] });
      await client.query("DELETE FROM workspaces WHERE id = 'acme'");
      await expect(client.query('SELECT * FROM workspace_metric_settings')).resolves.toEqual([]);
    });

    it('refuses a document that is not an object at the table level', async () => {
      await expect(client.query("INSERT INTO workspace_metric_settings (workspace_id, settings) VALUES ('acme', '[1]'::jsonb)")).rejects.toThrow();
      await expect(store.get('acme')).resolves.toEqual({});
    });
  });
}

metricSettingsContract('PGlite in memory', openPgliteTestDatabase);

describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  metricSettingsContract('PostgreSQL', () => openPostgresTestDatabase(databaseUrl as string));
});
