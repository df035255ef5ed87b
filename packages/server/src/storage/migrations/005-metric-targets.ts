import type { Migration } from './migration';

/**
 * Targets a department sets for a metric over a period (core's `MetricTarget`): one per
 * workspace, metric and period; the metric value API answers them with attainment.
 */
export const metricTargetsMigration: Migration = {
  id: '005-metric-targets',
  sql: `
CREATE TABLE metric_targets (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  metric_id text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_to >= period_from),
  value double precision NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, metric_id, period_from, period_to)
);
`,
};
