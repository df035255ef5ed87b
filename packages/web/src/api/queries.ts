import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { MetricValueQuery } from './client';
import { queryKeys } from './keys';

/*
 * `initialData`: an answer the page asked for before the application loaded (`earlyRequests.ts`)
 * and that has arrived, so that the first render has it instead of rendering again per answer.
 */

/** The function catalog never changes while the server runs: fetch it once. */
export function useCatalog() {
  return useQuery({ queryKey: queryKeys.catalog, queryFn: api.getCatalog, staleTime: Infinity, initialData: api.early.catalog });
}

export function useTemplates() {
  return useQuery({ queryKey: queryKeys.templates, queryFn: api.listTemplates, staleTime: Infinity });
}

export function useWorkspaces() {
  return useQuery({ queryKey: queryKeys.workspaces, queryFn: api.listWorkspaces, initialData: api.early.workspaces });
}

export function useOrgMap(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.map(workspaceId), queryFn: () => api.getOrgMap(workspaceId), initialData: () => api.early.orgMap(workspaceId) });
}

/** The responsibility check; refetched after every edit of the map (see mutations.ts). */
export function useCheck(workspaceId: string, enabled = true) {
  return useQuery({ queryKey: queryKeys.check(workspaceId), queryFn: () => api.getCheck(workspaceId), enabled });
}

/** The workspace's time zone, reporting currency and exchange rates. */
export function useWorkspaceSettings(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.settings(workspaceId), queryFn: () => api.getSettings(workspaceId), initialData: () => api.early.settings(workspaceId) });
}

/** What some metrics read: target audience, retention day, own accounts, store paths, primary store. */
export function useMetricSettings(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.metricSettings(workspaceId), queryFn: () => api.getMetricSettings(workspaceId) });
}

/** The workspace's write keys (the secret part is never listed). */
export function useWriteKeys(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.writeKeys(workspaceId), queryFn: () => api.listWriteKeys(workspaceId) });
}

/** The workspace's channel rules (its own or the defaults) and the channel of an unmatched source. */
export function useChannelRules(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.channelRules(workspaceId), queryFn: () => api.getChannelRules(workspaceId) });
}

/** Every metric definition (the catalog's KPIs and the engine's own); static while the server runs. */
export function useMetricDefinitions(enabled = true) {
  return useQuery({ queryKey: queryKeys.metrics, queryFn: api.listMetrics, staleTime: Infinity, enabled, initialData: api.early.metrics });
}

/** Whether any event has reached the workspace yet. */
export function useHasEvents(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.hasEvents(workspaceId), queryFn: () => api.hasEvents(workspaceId), staleTime: 60_000, initialData: () => api.early.hasEvents(workspaceId) });
}

/** One metric over a period (optionally per bucket and with the previous period). */
export function useMetricValue(workspaceId: string, metricId: string, q: MetricValueQuery, enabled = true) {
  return useQuery({ queryKey: queryKeys.metricValue(workspaceId, metricId, q), queryFn: () => api.getMetricValue(workspaceId, metricId, q), enabled, staleTime: 60_000 });
}

/** Several metrics for one period in one request: the value-chain overview's yardsticks. */
export function useMetricValues(workspaceId: string, metricIds: readonly string[], q: Omit<MetricValueQuery, 'interval'>, enabled = true) {
  return useQuery({
    queryKey: queryKeys.overviewValues(workspaceId, metricIds, q),
    queryFn: () => api.getMetricValues(workspaceId, metricIds, q),
    initialData: () => (enabled && metricIds.length > 0 ? api.early.metricValues(workspaceId, metricIds, q) : undefined),
    enabled: enabled && metricIds.length > 0,
    staleTime: 60_000,
  });
}

/** A department's dashboard: each KPI it is accountable for, with value, previous period and target. */
export function useDepartmentKpis(workspaceId: string, departmentId: string, q: Omit<MetricValueQuery, 'interval'>, enabled = true) {
  return useQuery({
    queryKey: queryKeys.departmentKpis(workspaceId, departmentId, q),
    queryFn: () => api.getDepartmentKpis(workspaceId, departmentId, q),
    initialData: () => (enabled ? api.early.departmentKpis(workspaceId, departmentId, q) : undefined),
    enabled,
    staleTime: 60_000,
  });
}

export function useTargets(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.targets(workspaceId), queryFn: () => api.listTargets(workspaceId) });
}

/** Event names and channels to suggest in the explorers' forms (the workspace's own first). */
export function useWorkspaceNames(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.names(workspaceId), queryFn: () => api.getNames(workspaceId), staleTime: 60_000 });
}
