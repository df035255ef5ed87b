import type { Migration } from './migration';

/**
 * Ingestion's relational side: write keys (hashed), dead letters (rejected messages kept as
 * received, for inspection and replay) and daily ingestion counters. Events themselves live in
 * the event store (DuckDB).
 */
export const ingestionMigration: Migration = {
  id: '002-ingestion',
  sql: `
CREATE TABLE write_keys (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  label text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX write_keys_workspace ON write_keys (workspace_id);

CREATE TABLE dead_letters (
  id bigserial PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  received_at timestamptz NOT NULL,
  batch_index integer NOT NULL,
  field text NOT NULL,
  code text NOT NULL,
  reason text NOT NULL,
  payload text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'replayed', 'discarded')),
  replayed_at timestamptz
);
CREATE INDEX dead_letters_workspace_status ON dead_letters (workspace_id, status, id);

CREATE TABLE ingestion_stats (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  day date NOT NULL,
  accepted bigint NOT NULL DEFAULT 0,
  duplicates bigint NOT NULL DEFAULT 0,
  rejected jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (workspace_id, day)
);
`,
};
