import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { runMigrations } from './migrate';
import { openOrgStore } from './open-store';
import { openPgliteClient } from './pglite/pglite-client';
import type { SqlClient } from './sql-client';

/** A migrated database for one test, and how to throw it away. */
export interface TestDatabase {
  readonly client: SqlClient;
  cleanup(): Promise<void>;
}

/** Embedded PGlite in memory, migrated. */
export async function openPgliteTestDatabase(): Promise<TestDatabase> {
  const client = await openPgliteClient();
  await runMigrations(client);
  return { client, cleanup: () => client.close() };
}

/**
 * A fresh schema `mo_test_<random>` on a PostgreSQL server, migrated, dropped by `cleanup`, so
 * contract suites can share one database (CI's `test` database on 127.0.0.1:5432).
 */
export async function openPostgresTestDatabase(databaseUrl: string): Promise<TestDatabase> {
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
}
