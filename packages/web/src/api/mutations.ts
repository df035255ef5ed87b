import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChannelRulesInput,
  ChannelRulesTestInput,
  ChannelRulesTestResult,
  ChannelRulesView,
  CreateDepartmentRequest,
  FunctionIdDto,
  OrgMapResponse,
  ReclassifyResult,
  UpdateDepartmentRequest,
  WorkspaceSettingsDto,
  MetricSettingsDto,
} from '@marketops/contracts';
import { api } from './client';
import type { CreateCentreRequest, CreatedWriteKeyDto, MetricTargetDto, UpdateCentreRequest, UpdateWorkspaceRequest, WriteKeyDto } from './client';
import { ApiError } from './errors';
import { nextRole } from '../state/model';
import { queryKeys } from './keys';

/**
 * A mutation of one workspace's map. It sends the cached map version as `If-Match`, stores the
 * returned map, and invalidates the check so findings and KPIs follow every edit. On a version
 * conflict it reloads the map so the next attempt is made against the latest version.
 */
function useMapMutation<V>(workspaceId: string, run: (vars: V, version: number | undefined) => Promise<OrgMapResponse>) {
  const client = useQueryClient();
  return useMutation<OrgMapResponse, ApiError, V>({
    // Why: edits of one map run one after another, each with the version the previous returned;
    // a click made while another edit is in flight is queued, never dropped.
    scope: { id: `map:${workspaceId}` },
    mutationFn: (vars) => run(vars, client.getQueryData<OrgMapResponse>(queryKeys.map(workspaceId))?.version),
    onSuccess: async (map) => {
      client.setQueryData(queryKeys.map(workspaceId), map);
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.check(workspaceId) }),
        client.invalidateQueries({ queryKey: queryKeys.workspaces }),
        // Why: owners and dashboards follow the map; a reassignment moves KPIs between departments.
        client.invalidateQueries({ queryKey: queryKeys.numbers(workspaceId) }),
      ]);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isVersionConflict) {
        await client.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) });
      }
    },
  });
}

/**
 * Cycles one cell (empty -> accountable -> contributing -> empty). The next role is computed when
 * the edit runs, from the map as the previous queued edit left it, so quick repeated clicks cycle
 * correctly instead of repeating the same change.
 */
export function useCycleAssignment(workspaceId: string) {
  const client = useQueryClient();
  return useMapMutation<{ departmentId: string; functionId: FunctionIdDto }>(workspaceId, ({ departmentId, functionId }, version) => {
    const map = client.getQueryData<OrgMapResponse>(queryKeys.map(workspaceId));
    const current = map?.assignments.find((a) => a.departmentId === departmentId && a.functionId === functionId);
    const role = nextRole(current?.role);
    return role === null
      ? api.deleteAssignment(workspaceId, departmentId, functionId, version)
      : api.putAssignment(
          workspaceId,
          departmentId,
          functionId,
          { role, ...(current?.label ? { label: current.label } : {}), ...(current?.note ? { note: current.note } : {}) },
          version,
        );
  });
}

export function useCreateDepartment(workspaceId: string) {
  return useMapMutation<CreateDepartmentRequest>(workspaceId, (body, version) => api.createDepartment(workspaceId, body, version));
}

export function useUpdateDepartment(workspaceId: string) {
  return useMapMutation<{ departmentId: string; body: UpdateDepartmentRequest }>(workspaceId, ({ departmentId, body }, version) =>
    api.updateDepartment(workspaceId, departmentId, body, version),
  );
}

export function useDeleteDepartment(workspaceId: string) {
  return useMapMutation<string>(workspaceId, (departmentId, version) => api.deleteDepartment(workspaceId, departmentId, version));
}

export function useCreateCentre(workspaceId: string) {
  return useMapMutation<CreateCentreRequest>(workspaceId, (body, version) => api.createCentre(workspaceId, body, version));
}

export function useUpdateCentre(workspaceId: string) {
  return useMapMutation<{ centreId: string; body: UpdateCentreRequest }>(workspaceId, ({ centreId, body }, version) =>
    api.updateCentre(workspaceId, centreId, body, version),
  );
}

export function useDeleteCentre(workspaceId: string) {
  return useMapMutation<string>(workspaceId, (centreId, version) => api.deleteCentre(workspaceId, centreId, version));
}

export function useUpdateWorkspace(workspaceId: string) {
  return useMapMutation<UpdateWorkspaceRequest>(workspaceId, (body, version) => api.updateWorkspace(workspaceId, body, version));
}

/** Creates a workspace (from a template) and refreshes the workspace list. */
export function useCreateWorkspace() {
  const client = useQueryClient();
  return useMutation<OrgMapResponse, ApiError, { template: string; id?: string; name?: string }>({
    mutationFn: (body) => api.createWorkspace(body),
    onSuccess: async (map) => {
      client.setQueryData(queryKeys.map(map.workspace.id), map);
      await client.invalidateQueries({ queryKey: queryKeys.workspaces });
    },
  });
}

export function useDeleteWorkspace() {
  const client = useQueryClient();
  return useMutation<null, ApiError, { workspaceId: string; version?: number }>({
    mutationFn: ({ workspaceId, version }) => api.deleteWorkspace(workspaceId, version),
    onSuccess: async (_result, { workspaceId }) => {
      client.removeQueries({ queryKey: queryKeys.workspace(workspaceId) });
      await client.invalidateQueries({ queryKey: queryKeys.workspaces });
    },
  });
}

/** Replaces the workspace's reporting settings and keeps the cached copy in step. */
export function useSaveSettings(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<WorkspaceSettingsDto, ApiError, WorkspaceSettingsDto>({
    mutationFn: (settings) => api.putSettings(workspaceId, settings),
    onSuccess: async (settings) => {
      client.setQueryData(queryKeys.settings(workspaceId), settings);
      // Why: the time zone and currency change every day boundary and amount shown.
      await client.invalidateQueries({ queryKey: queryKeys.numbers(workspaceId) });
    },
  });
}

/** Replaces the workspace's metric settings whole; every number that reads them is refetched. */
export function useSaveMetricSettings(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<MetricSettingsDto, ApiError, MetricSettingsDto>({
    mutationFn: (settings) => api.putMetricSettings(workspaceId, settings),
    onSuccess: async (settings) => {
      client.setQueryData(queryKeys.metricSettings(workspaceId), settings);
      await client.invalidateQueries({ queryKey: queryKeys.numbers(workspaceId) });
    },
  });
}

/**
 * Replaces the workspace's channel rules. They apply to events received from then on, so nothing
 * computed is refetched here; useReclassifyChannels applies them to stored events.
 */
export function useSaveChannelRules(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<ChannelRulesView, ApiError, ChannelRulesInput>({
    mutationFn: (input) => api.putChannelRules(workspaceId, input),
    onSuccess: (view) => client.setQueryData(queryKeys.channelRules(workspaceId), view),
  });
}

/** Drops the workspace's own channel rules: MarketOps' defaults apply again (to new events). */
export function useResetChannelRules(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<ChannelRulesView, ApiError, void>({
    mutationFn: () => api.resetChannelRules(workspaceId),
    onSuccess: (view) => client.setQueryData(queryKeys.channelRules(workspaceId), view),
  });
}

/** Classifies sample traffic sources with a draft rule set; changes nothing on the server. */
export function useTestChannelRules(workspaceId: string) {
  return useMutation<ChannelRulesTestResult, ApiError, ChannelRulesTestInput>({
    mutationFn: (input) => api.testChannelRules(workspaceId, input),
  });
}

/** Applies the saved rules to stored events; every number and channel list is refetched. */
export function useReclassifyChannels(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<ReclassifyResult, ApiError, void>({
    mutationFn: () => api.reclassifyChannels(workspaceId),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.numbers(workspaceId) }),
        client.invalidateQueries({ queryKey: queryKeys.names(workspaceId) }),
      ]);
    },
  });
}

/** Creates a write key; the answer is the only time its secret is visible. */
export function useCreateWriteKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<CreatedWriteKeyDto, ApiError, string>({
    mutationFn: (label) => api.createWriteKey(workspaceId, label),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.writeKeys(workspaceId) }),
  });
}

/** Revokes a write key: SDKs and pages using it get 401 from then on. */
export function useRevokeWriteKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation<WriteKeyDto, ApiError, string>({
    mutationFn: (keyId) => api.revokeWriteKey(workspaceId, keyId),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.writeKeys(workspaceId) }),
  });
}

/**
 * Refetches what a target of `metricId` changes: the dashboards' attainment and the target list
 * now; that metric's values (which carry the target too) when next shown.
 */
function useTargetInvalidation(workspaceId: string) {
  const client = useQueryClient();
  return (metricId: string) => {
    // Why not awaited: a dashboard's KPIs take a while to recompute; the form closes at once and
    // the dashboard shows it is updating, instead of holding the form open meanwhile.
    void client.invalidateQueries({ queryKey: queryKeys.allDepartmentKpis(workspaceId) });
    void client.invalidateQueries({ queryKey: queryKeys.allOverviewValues(workspaceId), refetchType: 'none' });
    void client.invalidateQueries({ queryKey: queryKeys.targets(workspaceId) });
    void client.invalidateQueries({ queryKey: queryKeys.metricValues(workspaceId, metricId), refetchType: 'none' });
  };
}

/** Sets (or replaces) a metric's target for one period. */
export function useSetTarget(workspaceId: string) {
  const invalidate = useTargetInvalidation(workspaceId);
  return useMutation<MetricTargetDto, ApiError, MetricTargetDto>({
    mutationFn: (target) => api.putTarget(workspaceId, target),
    onSuccess: (target) => invalidate(target.metricId),
  });
}

/** Removes a metric's target for one period. */
export function useDeleteTarget(workspaceId: string) {
  const invalidate = useTargetInvalidation(workspaceId);
  return useMutation<null, ApiError, { metricId: string; from: string; to: string }>({
    mutationFn: (key) => api.deleteTarget(workspaceId, key),
    onSuccess: (_result, key) => invalidate(key.metricId),
  });
}
