import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettingsStore } from '@marketops/core';
import type { SqlClient } from './sql-client';
import { openPgliteTestDatabase, openPostgresTestDatabase, type TestDatabase } from './test-databases.fixtures';
import { SqlWorkspaceSettingsStore } from './sql-workspace-settings-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

/** The settings store's contract, run against PGlite always and PostgreSQL when configured. */
function settingsContract(name: string, open: () => Promise<TestDatabase>) {
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

settingsContract('PGlite in memory', openPgliteTestDatabase);

describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  settingsContract('PostgreSQL', () => openPostgresTestDatabase(databaseUrl as string));
});
