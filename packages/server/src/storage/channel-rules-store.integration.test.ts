import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_RULES, type ChannelRule, type ChannelRulesStore } from '@marketops/core';
import type { SqlClient } from './sql-client';
import { openPgliteTestDatabase, openPostgresTestDatabase, type TestDatabase } from './test-databases.fixtures';
import { SqlChannelRulesStore } from './sql-channel-rules-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

/** The channel rules store's contract, run against PGlite always and PostgreSQL when configured. */
function channelRulesContract(name: string, open: () => Promise<TestDatabase>) {
  describe(`ChannelRulesStore contract: ${name}`, () => {
    let client: SqlClient;
    let cleanup: () => Promise<void>;
    let store: ChannelRulesStore;
    beforeEach(async () => {
      ({ client, cleanup } = await open());
      store = new SqlChannelRulesStore(client);
      await client.query("INSERT INTO workspaces (id, name, description, version) VALUES ('acme', 'Acme', NULL, 1)");
    });
    afterEach(async () => cleanup());

    it('gives null until rules are saved, then exactly what was saved in order, and replaces them whole', async () => {
      await expect(store.get('acme')).resolves.toBeNull();
      const rules: ChannelRule[] = [{ channel: 'KOL 达人', when: { op: 'in', field: 'medium', values: ['kol', 'インフルエンサー'] } }, ...DEFAULT_CHANNEL_RULES];
      const saved = await store.put('acme', rules);
      expect(saved.rules).toEqual(rules);
      expect(saved.updatedAt).toBeInstanceOf(Date);
      await expect(store.get('acme')).resolves.toEqual(saved);
      const replaced = await store.put('acme', [rules[0] as ChannelRule]);
      expect(replaced.rules).toEqual([rules[0]]);
      expect(replaced.updatedAt.getTime()).toBeGreaterThanOrEqual(saved.updatedAt.getTime());
    });

    it('goes back to the defaults on remove, twice without harm', async () => {
      await store.put('acme', DEFAULT_CHANNEL_RULES);
      await store.remove('acme');
      await store.remove('acme');
      await expect(store.get('acme')).resolves.toBeNull();
    });

    it('answers WORKSPACE_NOT_FOUND for a workspace that does not exist, and drops rules with their workspace', async () => {
      await expect(store.get('nobody')).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.put('nobody', DEFAULT_CHANNEL_RULES)).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await expect(store.remove('nobody')).rejects.toMatchObject({ code: 'WORKSPACE_NOT_FOUND' });
      await store.put('acme', DEFAULT_CHANNEL_RULES);
      await client.query("DELETE FROM workspaces WHERE id = 'acme'");
      await expect(client.query('SELECT * FROM workspace_channel_rules')).resolves.toEqual([]);
    });

    it('refuses a document that is not a list at the table level', async () => {
      await expect(client.query("INSERT INTO workspace_channel_rules (workspace_id, rules) VALUES ('acme', '{}'::jsonb)")).rejects.toThrow();
      await expect(store.get('acme')).resolves.toBeNull();
    });
  });
}

channelRulesContract('PGlite in memory', openPgliteTestDatabase);

describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  channelRulesContract('PostgreSQL', () => openPostgresTestDatabase(databaseUrl as string));
});
