import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe } from 'vitest';
import { runMigrations } from './migrate';
import { feedStoreContract, type FeedStoreFixture } from './feed-store.contract';
import { openOrgStore } from './open-store';
import { openPgliteClient } from './pglite/pglite-client';
import { SqlChannelStatStore } from './sql-channel-stat-store';
import type { SqlClient } from './sql-client';
import { SqlCostStore } from './sql-cost-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

function fixture(client: SqlClient, cleanup: () => Promise<void>): FeedStoreFixture {
  return {
    costs: new SqlCostStore(client),
    channelStats: new SqlChannelStatStore(client),
    addWorkspace: async (id) => {
      await client.query('INSERT INTO workspaces (id, name, description, version) VALUES ($1, $1, NULL, 1)', [id]);
    },
    deleteWorkspace: async (id) => {
      await client.query('DELETE FROM workspaces WHERE id = $1', [id]);
    },
    cleanup,
  };
}

feedStoreContract('PGlite in memory', async () => {
  const client = await openPgliteClient();
  await runMigrations(client);
  return fixture(client, () => client.close());
});

// Why skipped without the variable: set MARKETOPS_TEST_DATABASE_URL to run against a PostgreSQL
// server; CI does. The suite works in its own schema `mo_test_<random>`, dropped in cleanup.
describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  feedStoreContract('PostgreSQL', async () => {
    const schema = `mo_test_${randomBytes(6).toString('hex')}`;
    const { store, client } = await openOrgStore({ databaseUrl, dataDir: tmpdir(), schema });
    return fixture(client, async () => {
      try {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await store.close();
      }
    });
  });
});
