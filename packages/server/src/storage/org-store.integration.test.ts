import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import type { OrgMap } from '@marketops/core';
import { runMigrations } from './migrate';
import { openOrgStore } from './open-store';
import { orgStoreContract } from './org-store.contract';
import { openPgliteClient } from './pglite/pglite-client';
import { SqlOrgStore } from './sql-org-store';

const databaseUrl = process.env.MARKETOPS_TEST_DATABASE_URL;

orgStoreContract('PGlite in memory', async () => {
  const client = await openPgliteClient();
  await runMigrations(client);
  const store = new SqlOrgStore(client);
  return { store, cleanup: () => store.close(), migrateAgain: () => runMigrations(client) };
});

describe('PGlite in a data directory', () => {
  orgStoreContract('PGlite on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'marketops-pglite-'));
    const { store, client } = await openOrgStore({ dataDir });
    return {
      store,
      migrateAgain: () => runMigrations(client),
      cleanup: async () => {
        await store.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });

  it('keeps the data in <dataDir>/pg across close and reopen', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'marketops-reopen-'));
    try {
      const first = await openOrgStore({ dataDir });
      await first.store.createWorkspace(sampleMap('kept', 'Gardé'));
      const saved = await first.store.saveOrgMap(sampleMap('kept', '保存済み'), 1);
      await first.store.close();
      expect((await stat(join(dataDir, 'pg'))).isDirectory()).toBe(true);

      const second = await openOrgStore({ dataDir });
      try {
        await expect(second.store.getOrgMap('kept')).resolves.toEqual(saved);
        await expect(runMigrations(second.client)).resolves.toEqual([]);
      } finally {
        await second.store.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

// Why skipped without the variable: set MARKETOPS_TEST_DATABASE_URL to run against a PostgreSQL
// server; CI does. Each suite works in its own schema `mo_test_<random>`, dropped in cleanup.
describe.skipIf(!databaseUrl)('PostgreSQL (skipped unless MARKETOPS_TEST_DATABASE_URL is set)', () => {
  orgStoreContract('PostgreSQL', async () => {
    const schema = `mo_test_${randomBytes(6).toString('hex')}`;
    const { store, client } = await openOrgStore({ databaseUrl, dataDir: tmpdir(), schema });
    return {
      store,
      migrateAgain: () => runMigrations(client),
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

describe('openOrgStore', () => {
  it('reports an unreachable PostgreSQL as STORAGE_UNAVAILABLE, naming the server but not the password', async () => {
    // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
    const failure = await openOrgStore({
      databaseUrl: 'postgres://marketops:s3cret-passw0rd@127.0.0.1:1/marketops',
      dataDir: tmpdir(),
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'DomainError', code: 'STORAGE_UNAVAILABLE' });
    const message = (failure as Error).message;
    expect(message).toContain('127.0.0.1:1');
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).not.toContain('s3cret-passw0rd');
  });
});

describe('PGlite client', () => {
  it('rolls back a transaction that throws and stays usable', async () => {
    const client = await openPgliteClient();
    try {
      await client.exec('CREATE TABLE t (x integer PRIMARY KEY)');
      const failed = client.transaction(async (tx) => {
        await tx.query('INSERT INTO t (x) VALUES ($1)', [1]);
        throw new Error('abandon');
      });
      await expect(failed).rejects.toThrow('abandon');
      await expect(client.query('SELECT x FROM t')).resolves.toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('never interleaves queries with a transaction and never deadlocks', async () => {
    const client = await openPgliteClient();
    try {
      await client.exec('CREATE TABLE counter (n integer NOT NULL); INSERT INTO counter VALUES (0)');
      // Each transaction reads, yields to the event loop, then writes: interleaving would lose updates.
      const increments = Array.from({ length: 10 }, () =>
        client.transaction(async (tx) => {
          const [row] = await tx.query<{ n: number }>('SELECT n FROM counter');
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.query('UPDATE counter SET n = $1', [(row?.n ?? 0) + 1]);
        }),
      );
      const reads = Array.from({ length: 10 }, () => client.query<{ n: number }>('SELECT n FROM counter'));
      await Promise.all([...increments, ...reads]);
      await expect(client.query('SELECT n FROM counter')).resolves.toEqual([{ n: 10 }]);
    } finally {
      await client.close();
    }
  });

  it('refuses the client itself inside its own transaction instead of hanging', async () => {
    const client = await openPgliteClient();
    try {
      const misuse = client.transaction(() => client.query('SELECT 1'));
      await expect(misuse).rejects.toThrow(/use the `tx` executor/);
      await expect(client.query<{ one: number }>('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await client.close();
    }
  });
});

function sampleMap(id: string, name: string): OrgMap {
  return {
    workspace: { id, name, description: null },
    centres: [{ id: 'c', name: '中心', parentId: null }],
    departments: [{ id: 'd', name: 'Departamento', centreId: 'c', head: null }],
    assignments: [{ departmentId: 'd', functionId: 'brand', role: 'accountable', label: null, note: null }],
  };
}
