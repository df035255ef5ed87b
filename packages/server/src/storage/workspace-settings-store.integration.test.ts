import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettingsStore } from '@marketops/core';
import { runMigrations } from './migrate';
import { openOrgStore } from './open-store';
import { openPgliteClient } from './pglite/pglite-client';
import type { SqlClient } from './sql-client';
import { SqlWorkspaceSettingsStore } from './sql-workspace-settings-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

/** The settings store's contract, run against PGlite always and PostgreSQL when configured. */
function settingsContract(name: string, open: () => Promise<{ client: SqlClient; cleanup: () => Promise<void> }>) {
  describe(`WorkspaceSettingsStore contract: ${name}`, () => {
    let client: SqlClient;
    let cleanup: () => Promise<void>;
    let store: WorkspaceSettingsStore;
    beforeEach(async () => {
      ({ client, cleanup } = await open());
      store = new SqlWorkspaceSettingsStore(client);
      await client.query("INSERT INTO workspaces (id, name, description, version) VALUES ('acme', 'Acme', NULL, 1)");
    });
    afterEach(async () => cleanup());

    it('gives the defaults until settings are saved, then exactly what was saved', async () => {
      await expect(store.get('acme')).resolves.toEqual(DEFAULT_WORKSPACE_SETTINGS);
      const saved = { timeZone: 'Asia/Shanghai', reportingCurrency: 'CNY', exchangeRates: { USD: '7.1200', JPY: '0.0475' } };
      await expect(store.put('acme', saved)).resolves.toEqual(saved);
      await expect(store.get('acme')).resolves.toEqual(saved);
      const replaced = { timeZone: 'Europe/Madrid', reportingCurrency: null, exchangeRates: {} };
      await store.put('acme', replaced);
      await expect(store.get('acme')).resolves.toEqual(replaced);
    });

    it('answers WORKSPACE_NOT_FOUND for a workspace that does not exist, and drops settings with their workspace', async () => {
      await expect(store.get('nobody')).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.put('nobody', DEFAULT_WORKSPACE_SETTINGS)).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await store.put('acme', { timeZone: 'Asia/Tokyo', reportingCurrency: 'JPY', exchangeRates: {} });
      await client.query("DELETE FROM workspaces WHERE id = 'acme'");
      await expect(client.query('SELECT * FROM workspace_settings')).resolves.toEqual([]);
    });
  });
}

settingsContract('PGlite in memory', async () => {
  const client = await openPgliteClient();
  await runMigrations(client);
  return { client, cleanup: () => client.close() };
});

describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  settingsContract('PostgreSQL', async () => {
    const schema = `mo_test_${randomBytes(6).toString('hex')}`;
    const { store, client } = await openOrgStore({ databaseUrl, dataDir: tmpdir(), schema });
    return {
      client,
      cleanup: async () => {
        try {
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
        } finally {
          await store.close();
        }
      },
    };
  });
});
