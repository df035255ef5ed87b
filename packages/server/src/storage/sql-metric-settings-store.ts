import { DomainError, type MetricSettings, type MetricSettingsStore } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient } from './sql-client';

interface Row {
  settings: unknown;
}

/**
 * Metric settings in the relational store (table `workspace_metric_settings`, migration 006), on
 * PGlite and PostgreSQL alike: one JSON document per workspace. Validation is the caller's (core's
 * `validMetricSettings`).
 */
export class SqlMetricSettingsStore implements MetricSettingsStore {
  constructor(private readonly client: SqlClient) {}

  async get(workspaceId: string): Promise<MetricSettings> {
    const [row] = await this.client.query<Row>(
      `SELECT s.settings FROM workspaces w LEFT JOIN workspace_metric_settings s ON s.workspace_id = w.id WHERE w.id = $1`,
      [workspaceId],
    );
    if (row === undefined) throw notFound(workspaceId);
    if (row.settings === null) return {};
    return document(row.settings);
  }

  async put(workspaceId: string, settings: MetricSettings): Promise<MetricSettings> {
    try {
      await this.client.query(
        `INSERT INTO workspace_metric_settings (workspace_id, settings) VALUES ($1, $2::jsonb)
         ON CONFLICT (workspace_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
        [workspaceId, JSON.stringify(settings)],
      );
    } catch (error) {
      if (sqlStateOf(error) === SQLSTATE.foreignKeyViolation) throw notFound(workspaceId);
      throw error;
    }
    return this.get(workspaceId);
  }
}

/** JSONB comes back parsed from both drivers; anything but an object is a corrupt row. */
function document(value: unknown): MetricSettings {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('workspace_metric_settings.settings is not a JSON object');
  return parsed as MetricSettings;
}

const notFound = (id: string) => new DomainError('WORKSPACE_NOT_FOUND', `workspace "${id}" does not exist`);
