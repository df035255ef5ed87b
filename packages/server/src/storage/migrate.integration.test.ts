import { randomBytes } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { runMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations/index';
import { openPgliteClient } from './pglite/pglite-client';
import { openPostgresClient } from './postgres/pg-client';
import type { SqlClient } from './sql-client';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;
const allIds = MIGRATIONS.map((m) => m.id);

describe('runMigrations on PGlite', () => {
  it('applies each migration once, however often it runs', async () => {
    const client = await openPgliteClient();
    try {
      await expect(runMigrations(client)).resolves.toEqual(allIds);
      await expect(runMigrations(client)).resolves.toEqual([]);
      await expect(recorded(client)).resolves.toEqual(allIds);
    } finally {
      await client.close();
    }
  });

  it('applies each migration once when two runs overlap', async () => {
    const client = await openPgliteClient();
    try {
      const [a, b] = await Promise.all([runMigrations(client), runMigrations(client)]);
      expect([...a, ...b].sort()).toEqual(allIds);
      await expect(recorded(client)).resolves.toEqual(allIds);
    } finally {
      await client.close();
    }
  });

  it('applies only the new migration later, and nothing of one that fails', async () => {
    const client = await openPgliteClient();
    try {
      await runMigrations(client);
      const added: Migration = { id: '900-added', sql: 'CREATE TABLE added (x integer); CREATE TABLE more (y text);' };
      await expect(runMigrations(client, [...MIGRATIONS, added])).resolves.toEqual(['900-added']);

      const broken: Migration = { id: '901-broken', sql: 'CREATE TABLE half (x integer); SELECT * FROM nowhere;' };
      await expect(runMigrations(client, [...MIGRATIONS, added, broken])).rejects.toThrow(/nowhere/);
      await expect(recorded(client)).resolves.toEqual([...allIds, '900-added']);
      await expect(client.query("SELECT to_regclass('half') AS t")).resolves.toEqual([{ t: null }]);
    } finally {
      await client.close();
    }
  });
});

// Why skipped without the variable: set MARKETOPS_TEST_DATABASE_URL to run against a PostgreSQL
// server; CI does.
describe.skipIf(!databaseUrl)('runMigrations on PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  it('applies each migration once when two processes start at once', async () => {
    const url = databaseUrl ?? '';
    const schema = `mo_test_${randomBytes(6).toString('hex')}`;
    // Two pools stand for two processes: separate connections, same schema, started together.
    const [first, second] = await Promise.all([
      openPostgresClient({ url, schema, max: 2 }),
      openPostgresClient({ url, schema, max: 2 }),
    ]);
    try {
      // allSettled: if one run fails, the other must still finish before the schema is dropped.
      const runs = await Promise.allSettled([runMigrations(first), runMigrations(second)]);
      const applied = runs.flatMap((run) => (run.status === 'fulfilled' ? run.value : []));
      expect(runs.map((run) => run.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(applied.sort()).toEqual(allIds);
      await expect(recorded(first)).resolves.toEqual(allIds);
      await expect(runMigrations(second)).resolves.toEqual([]);
    } finally {
      await first.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await Promise.all([first.close(), second.close()]);
    }
  });
});

async function recorded(client: SqlClient): Promise<string[]> {
  const rows = await client.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
  return rows.map((row) => row.id);
}
