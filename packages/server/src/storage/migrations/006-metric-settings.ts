import type { Migration } from './migration';

/**
 * A workspace's metric settings (core/src/metrics/settings.ts: target audience, retention day,
 * own accounts, store paths, primary store) as one JSON document per workspace: the set is read
 * whole by every metric query and replaced whole by its form, and new optional settings need no
 * migration. A workspace without a row has `{}` (every default).
 */
export const metricSettingsMigration: Migration = {
  id: '006-metric-settings',
  sql: `
CREATE TABLE workspace_metric_settings (
  workspace_id text PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  settings jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
};
