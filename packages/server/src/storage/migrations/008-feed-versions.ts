import type { Migration } from './migration';

/**
 * A version per feed table that moves, in the same transaction, with every statement that writes
 * it (inserts, updates, deletes, a workspace's deletion cascading to its rows), from this process
 * or any other (a CLI import into the same PostgreSQL while the server runs). Why: the server keeps
 * the rows it read for a metric request and reads them again only when the version has moved;
 * reading every cost line and snapshot on each request took 15-30 ms of the server's main thread
 * on embedded storage (`app/feed-service.ts`).
 */
export const feedVersionsMigration: Migration = {
  id: '008-feed-versions',
  sql: `
CREATE TABLE feed_versions (
  feed text PRIMARY KEY,
  version bigint NOT NULL
);
INSERT INTO feed_versions (feed, version) VALUES ('marketing_costs', 0), ('channel_stats', 0);

CREATE FUNCTION bump_feed_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The table's own schema, not the session's search_path: every schema of MarketOps has its own.
  EXECUTE format('UPDATE %I.feed_versions SET version = version + 1 WHERE feed = $1', TG_TABLE_SCHEMA) USING TG_TABLE_NAME;
  RETURN NULL;
END
$$;

CREATE TRIGGER marketing_costs_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON marketing_costs
  FOR EACH STATEMENT EXECUTE FUNCTION bump_feed_version();
CREATE TRIGGER channel_stats_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON channel_stats
  FOR EACH STATEMENT EXECUTE FUNCTION bump_feed_version();
`,
};
