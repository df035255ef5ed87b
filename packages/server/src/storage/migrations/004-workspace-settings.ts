import type { Migration } from './migration';

/**
 * A workspace's reporting settings (core/src/settings/workspace-settings.ts): one row per
 * workspace that saved any; a workspace without a row has the defaults (UTC, no reporting
 * currency). Rates are text, exact as the user typed them.
 */
export const workspaceSettingsMigration: Migration = {
  id: '004-workspace-settings',
  sql: `
CREATE TABLE workspace_settings (
  workspace_id text PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  time_zone text NOT NULL,
  reporting_currency text CHECK (reporting_currency ~ '^[A-Z]{3}$'),
  exchange_rates jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
};
