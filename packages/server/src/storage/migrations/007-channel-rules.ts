import type { Migration } from './migration';

/**
 * A workspace's own channel rules (core/src/ingestion/channel-rules.ts), as one JSON list per
 * workspace: the ordered set is read whole by ingestion and replaced whole by its editor. No row:
 * the workspace uses MarketOps' default rules.
 */
export const channelRulesMigration: Migration = {
  id: '007-channel-rules',
  sql: `
CREATE TABLE workspace_channel_rules (
  workspace_id text PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'array'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
};
