import { addDays, DomainError, findMetric, MetricUnknownError, type Issue, type MetricTarget, type MetricTargetStore } from '@marketops/core';

/**
 * Targets per metric and period, set by the department that owns the metric. Every value is
 * checked before it is stored: a known metric, real days in order, a finite number.
 */
export class MetricTargetService {
  constructor(private readonly store: MetricTargetStore) {}

  list(workspaceId: string, metricId?: string): Promise<MetricTarget[]> {
    return this.store.list(workspaceId, metricId);
  }

  /** @throws DomainError VALIDATION_FAILED naming each field, METRIC_NOT_FOUND, WORKSPACE_NOT_FOUND */
  put(workspaceId: string, target: MetricTarget): Promise<MetricTarget> {
    if (findMetric(target.metricId) === undefined) throw new MetricUnknownError(target.metricId);
    const issues: Issue[] = [];
    for (const field of ['from', 'to'] as const) {
      try {
        addDays(target[field], 0);
      } catch {
        issues.push({ path: field, code: 'VALIDATION_FAILED', message: `${target[field]} is not a day of the calendar (YYYY-MM-DD)` });
      }
    }
    if (issues.length === 0 && target.from > target.to) issues.push({ path: 'to', code: 'VALIDATION_FAILED', message: `the period ends (${target.to}) before it starts (${target.from})` });
    if (!Number.isFinite(target.value)) issues.push({ path: 'value', code: 'VALIDATION_FAILED', message: 'the target must be a finite number' });
    if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
    return this.store.put(workspaceId, target);
  }

  /** @throws DomainError METRIC_NOT_FOUND when there was no such target */
  async remove(workspaceId: string, metricId: string, period: { from: string; to: string }): Promise<void> {
    if (!(await this.store.remove(workspaceId, metricId, period))) {
      throw new DomainError('METRIC_NOT_FOUND', `no target for ${metricId} from ${period.from} to ${period.to}`);
    }
  }
}
