import { DEFAULT_WORKSPACE_SETTINGS, DomainError, type WorkspaceSettings, type WorkspaceSettingsStore } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient } from './sql-client';

interface SettingsRow {
  workspace_exists: boolean;
  time_zone: string | null;
  reporting_currency: string | null;
  exchange_rates: unknown;
}

/**
 * Workspace settings in the relational store (table `workspace_settings`, migration 004), on
 * PGlite and PostgreSQL alike. Validation is the caller's (core's `validWorkspaceSettings`); the
 * table's checks are the last line.
 */
export class SqlWorkspaceSettingsStore implements WorkspaceSettingsStore {
  constructor(private readonly client: SqlClient) {}

  async get(workspaceId: string): Promise<WorkspaceSettings> {
    const [row] = await this.client.query<SettingsRow>(
      `SELECT true AS workspace_exists, s.time_zone, s.reporting_currency, s.exchange_rates
         FROM workspaces w LEFT JOIN workspace_settings s ON s.workspace_id = w.id
        WHERE w.id = $1`,
      [workspaceId],
    );
    if (row === undefined) throw notFound(workspaceId);
    if (row.time_zone === null) return DEFAULT_WORKSPACE_SETTINGS;
    return { timeZone: row.time_zone, reportingCurrency: row.reporting_currency, exchangeRates: rates(row.exchange_rates) };
  }

  async put(workspaceId: string, settings: WorkspaceSettings): Promise<WorkspaceSettings> {
    try {
      await this.client.query(
        `INSERT INTO workspace_settings (workspace_id, time_zone, reporting_currency, exchange_rates)
         VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (workspace_id) DO UPDATE
            SET time_zone = EXCLUDED.time_zone, reporting_currency = EXCLUDED.reporting_currency,
                exchange_rates = EXCLUDED.exchange_rates, updated_at = now()`,
        [workspaceId, settings.timeZone, settings.reportingCurrency, JSON.stringify(settings.exchangeRates)],
      );
    } catch (error) {
      if (sqlStateOf(error) === SQLSTATE.foreignKeyViolation) throw notFound(workspaceId);
      throw error;
    }
    return this.get(workspaceId);
  }
}

/** JSONB comes back parsed from both drivers; anything but an object of strings is a corrupt row. */
function rates(value: unknown): Record<string, string> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('workspace_settings.exchange_rates is not a JSON object');
  const out: Record<string, string> = {};
  for (const [currency, rate] of Object.entries(parsed)) {
    if (typeof rate !== 'string') throw new Error(`workspace_settings.exchange_rates.${currency} is not text`);
    out[currency] = rate;
  }
  return out;
}

const notFound = (id: string) => new DomainError('WORKSPACE_NOT_FOUND', `workspace "${id}" does not exist`);
