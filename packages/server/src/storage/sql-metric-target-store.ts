import { DomainError, type MetricTarget, type MetricTargetStore } from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient } from './sql-client';

interface TargetRow {
  metric_id: string;
  period_from: string;
  period_to: string;
  value: number | string;
}

// Why to_char: both drivers then return the calendar date as text, never a Date in some zone.
const COLUMNS = `metric_id, to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to, value`;

/** Metric targets in the relational store (table `metric_targets`, migration 005). */
export class SqlMetricTargetStore implements MetricTargetStore {
  constructor(private readonly client: SqlClient) {}

  async list(workspaceId: string, metricId?: string): Promise<MetricTarget[]> {
    const [exists] = await this.client.query<{ id: string }>('SELECT id FROM workspaces WHERE id = $1', [workspaceId]);
    if (exists === undefined) throw notFound(workspaceId);
    const rows = await this.client.query<TargetRow>(
      `SELECT ${COLUMNS} FROM metric_targets WHERE workspace_id = $1 AND ($2::text IS NULL OR metric_id = $2) ORDER BY metric_id, period_from, period_to`,
      [workspaceId, metricId ?? null],
    );
    return rows.map(toTarget);
  }

  async put(workspaceId: string, target: MetricTarget): Promise<MetricTarget> {
    try {
      const [row] = await this.client.query<TargetRow>(
        `INSERT INTO metric_targets (workspace_id, metric_id, period_from, period_to, value) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id, metric_id, period_from, period_to) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
         RETURNING ${COLUMNS}`,
        [workspaceId, target.metricId, target.from, target.to, target.value],
      );
      return toTarget(row as TargetRow);
    } catch (error) {
      if (sqlStateOf(error) === SQLSTATE.foreignKeyViolation) throw notFound(workspaceId);
      throw error;
    }
  }

  async remove(workspaceId: string, metricId: string, period: { from: string; to: string }): Promise<boolean> {
    const rows = await this.client.query<{ metric_id: string }>(
      'DELETE FROM metric_targets WHERE workspace_id = $1 AND metric_id = $2 AND period_from = $3 AND period_to = $4 RETURNING metric_id',
      [workspaceId, metricId, period.from, period.to],
    );
    return rows.length > 0;
  }
}

function toTarget(row: TargetRow): MetricTarget {
  return { metricId: row.metric_id, from: row.period_from, to: row.period_to, value: Number(row.value) };
}

const notFound = (id: string) => new DomainError('WORKSPACE_NOT_FOUND', `workspace "${id}" does not exist`);
