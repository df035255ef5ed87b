import { MIGRATIONS, type Migration } from './migrations/index';
import type { SqlClient, SqlExecutor } from './sql-client';

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Brings the database's schema up to date and returns the ids of the migrations it applied (empty
 * when there was nothing to do). Each migration runs in its own transaction together with its
 * `schema_migrations` row, so it is applied completely or not at all.
 *
 * Safe when several processes start at once: every transaction first takes a transaction-scoped
 * advisory lock, so the others wait and then find the migration recorded.
 *
 * @example
 * const applied = await runMigrations(client); // ['001-organisation'] on a new database, then []
 */
export async function runMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  await client.transaction(async (tx) => {
    await lockMigrations(tx);
    // Why under the lock: two sessions racing on CREATE TABLE IF NOT EXISTS can both pass the check,
    // and the loser fails with a unique violation on the catalog.
    await tx.exec(CREATE_BOOKKEEPING);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await client.transaction(async (tx) => {
      await lockMigrations(tx);
      const done = await tx.query<{ id: string }>('SELECT id FROM schema_migrations WHERE id = $1', [migration.id]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, now())', [migration.id]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}

/**
 * Waits for, then holds until COMMIT or ROLLBACK, the lock that serialises migrations. The key
 * includes the schema, so test runs in separate schemas of one database do not wait for each other.
 */
async function lockMigrations(tx: SqlExecutor): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('marketops.migrations:' || coalesce(current_schema(), '')))");
}
