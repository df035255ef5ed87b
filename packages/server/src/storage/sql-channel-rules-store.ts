import { DomainError, type ChannelRule, type ChannelRulesStore, type StoredChannelRules } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient } from './sql-client';

interface Row {
  exists: boolean;
  rules: unknown;
  updated_at: Date | string | null;
}

/**
 * Channel rules in the relational store (table `workspace_channel_rules`, migration 007), on
 * PGlite and PostgreSQL alike: one JSON list per workspace. Validation is the caller's (core's
 * `validChannelRules`).
 */
export class SqlChannelRulesStore implements ChannelRulesStore {
  constructor(private readonly client: SqlClient) {}

  async get(workspaceId: string): Promise<StoredChannelRules | null> {
    const [row] = await this.client.query<Row>(
      `SELECT true AS exists, r.rules, r.updated_at FROM workspaces w LEFT JOIN workspace_channel_rules r ON r.workspace_id = w.id WHERE w.id = $1`,
      [workspaceId],
    );
    if (row === undefined) throw notFound(workspaceId);
    if (row.rules === null || row.updated_at === null) return null;
    return { rules: list(row.rules), updatedAt: new Date(row.updated_at) };
  }

  async put(workspaceId: string, rules: readonly ChannelRule[]): Promise<StoredChannelRules> {
    try {
      await this.client.query(
        `INSERT INTO workspace_channel_rules (workspace_id, rules) VALUES ($1, $2::jsonb)
         ON CONFLICT (workspace_id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = now()`,
        [workspaceId, JSON.stringify(rules)],
      );
    } catch (error) {
      if (sqlStateOf(error) === SQLSTATE.foreignKeyViolation) throw notFound(workspaceId);
      throw error;
    }
    const saved = await this.get(workspaceId);
    if (saved === null) throw new Error('unreachable: the rules were just saved');
    return saved;
  }

  async remove(workspaceId: string): Promise<void> {
    await this.get(workspaceId); // WORKSPACE_NOT_FOUND
    await this.client.query('DELETE FROM workspace_channel_rules WHERE workspace_id = $1', [workspaceId]);
  }
}

/** JSONB comes back parsed from both drivers; anything but a list is a corrupt row. */
function list(value: unknown): ChannelRule[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) throw new Error('workspace_channel_rules.rules is not a JSON list');
  return parsed as ChannelRule[];
}

const notFound = (id: string) => new DomainError('WORKSPACE_NOT_FOUND', `workspace "${id}" does not exist`);
