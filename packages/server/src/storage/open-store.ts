import { join } from 'node:path';
import type { OrgStore } from '@marketops/core';
import { runMigrations } from './migrate';
import { lockDataDir } from './pglite/data-dir-lock';
import { openPgliteClient } from './pglite/pglite-client';
import { openPostgresClient } from './postgres/pg-client';
import type { SqlClient } from './sql-client';
import { SqlOrgStore } from './sql-org-store';

/** Which relational database to use. */
export interface OpenOrgStoreOptions {
  /** A PostgreSQL URL; null, undefined or empty selects embedded PGlite. */
  readonly databaseUrl?: string | null;
  /** The installation's data directory; PGlite keeps its files in `<dataDir>/pg`. */
  readonly dataDir: string;
  /** PostgreSQL only: a schema to work in, created if missing (test isolation). */
  readonly schema?: string;
}

/** An open store with its client: close the store (it closes the client) when done. */
export interface OpenedOrgStore {
  readonly store: OrgStore;
  /** For other SQL stores sharing the connection, and for health checks. */
  readonly client: SqlClient;
}

/**
 * Opens the relational store the configuration asks for and brings its schema up to date. The
 * composition root's single entry into storage; throws STORAGE_UNAVAILABLE when it cannot connect.
 *
 * @example
 * const { store } = await openOrgStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
 * try { await store.listWorkspaces(); } finally { await store.close(); }
 */
export async function openOrgStore(options: OpenOrgStoreOptions): Promise<OpenedOrgStore> {
  if (options.databaseUrl) {
    const client = await openPostgresClient({ url: options.databaseUrl, schema: options.schema });
    return migrated(client, async () => undefined);
  }
  // Why: PGlite is single-process; a second process on the same files would corrupt them.
  const dir = join(options.dataDir, 'pg');
  const lock = await lockDataDir(dir);
  try {
    return await migrated(await openPgliteClient({ dataDir: dir }), () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function migrated(client: SqlClient, release: () => Promise<void>): Promise<OpenedOrgStore> {
  try {
    await runMigrations(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return { store: new SqlOrgStore(client, release), client };
}
