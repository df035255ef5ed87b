import type { Migration } from './migration';

/**
 * The data feeds besides events: marketing costs and channel-account statistics snapshots, each
 * row identified by (workspace, row_key) so that re-importing a file changes nothing (see
 * core/src/feeds/row-keys.ts). Amounts are exact: numeric(18,4). Metrics may be NULL: an export
 * that does not carry a number says nothing about it, which is not the same as 0.
 */
export const feedsMigration: Migration = {
  id: '003-feeds',
  sql: `
CREATE TABLE marketing_costs (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  row_key text NOT NULL,
  day date NOT NULL,
  channel text NOT NULL,
  campaign text,
  cost_type text NOT NULL CHECK (cost_type IN ('media', 'event', 'sponsorship', 'pr', 'influencer', 'content', 'materials', 'agency', 'research', 'tools', 'other')),
  amount numeric(18,4) NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  function_id text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, row_key)
);
CREATE INDEX marketing_costs_by_day ON marketing_costs (workspace_id, day);

CREATE TABLE channel_stats (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  row_key text NOT NULL,
  platform text NOT NULL,
  account text NOT NULL,
  day date NOT NULL,
  followers bigint CHECK (followers >= 0),
  reads bigint CHECK (reads >= 0),
  interactions bigint CHECK (interactions >= 0),
  posts bigint CHECK (posts >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, row_key)
);
CREATE INDEX channel_stats_by_day ON channel_stats (workspace_id, day);
`,
};
