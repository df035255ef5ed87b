import {
  validMetricSettings,
  validWorkspaceSettings,
  type MetricSettings,
  type MetricSettingsStore,
  type WorkspaceSettings,
  type WorkspaceSettingsStore,
} from '@marketops/core';

/**
 * Reads and replaces a workspace's settings: the reporting settings (time zone, currency, rates)
 * every analysis uses, and the metric settings some definitions read (target audience, retention
 * day, own accounts, store paths, primary store). Every value is checked before it is stored.
 */
export class WorkspaceSettingsService {
  constructor(
    private readonly store: WorkspaceSettingsStore,
    private readonly metricStore: MetricSettingsStore,
  ) {}

  get(workspaceId: string): Promise<WorkspaceSettings> {
    return this.store.get(workspaceId);
  }

  /** @throws DomainError VALIDATION_FAILED naming each problem, WORKSPACE_NOT_FOUND */
  put(workspaceId: string, settings: WorkspaceSettings): Promise<WorkspaceSettings> {
    return this.store.put(workspaceId, validWorkspaceSettings(settings));
  }

  /** `{}` until saved: every metric uses its stated default. @throws DomainError WORKSPACE_NOT_FOUND */
  getMetrics(workspaceId: string): Promise<MetricSettings> {
    return this.metricStore.get(workspaceId);
  }

  /** Replaces the metric settings whole. @throws DomainError VALIDATION_FAILED naming each problem, WORKSPACE_NOT_FOUND */
  putMetrics(workspaceId: string, settings: MetricSettings): Promise<MetricSettings> {
    return this.metricStore.put(workspaceId, validMetricSettings(settings));
  }
}
