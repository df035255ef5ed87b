import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AttributionRequest, FunnelRequest, ReachRequest, RetentionRequest, TrendRequest } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { trendFromResult } from './data/trend';

/** An answer together with the request it answers, so labels always match the data drawn. */
export interface Answer<Req, Res> {
  request: Req;
  result: Res;
}

// Why: while a changed analysis computes, the last answer stays on screen (marked as updating)
// instead of the chart collapsing to a loading line on every filter change.
const options = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

export function useFunnel(workspaceId: string, request: FunnelRequest) {
  return useQuery({
    queryKey: queryKeys.analysis(workspaceId, 'funnel', request),
    queryFn: async () => ({ request, result: await api.funnel(workspaceId, request) }),
    ...options,
  });
}

export function useRetention(workspaceId: string, request: RetentionRequest) {
  return useQuery({
    queryKey: queryKeys.analysis(workspaceId, 'retention', request),
    queryFn: async () => ({ request, result: await api.retention(workspaceId, request) }),
    ...options,
  });
}

export function useAttribution(workspaceId: string, request: AttributionRequest) {
  return useQuery({
    queryKey: queryKeys.analysis(workspaceId, 'attribution', request),
    queryFn: async () => ({ request, result: await api.attribution(workspaceId, request) }),
    ...options,
  });
}

export function useReach(workspaceId: string, request: ReachRequest) {
  return useQuery({
    queryKey: queryKeys.analysis(workspaceId, 'reach', request),
    queryFn: async () => ({ request, result: await api.reach(workspaceId, request) }),
    ...options,
  });
}

export function useTrend(workspaceId: string, request: TrendRequest) {
  return useQuery({
    queryKey: queryKeys.analysis(workspaceId, 'trend', request),
    queryFn: async () => ({ request, result: trendFromResult(await api.trend(workspaceId, request)) }),
    ...options,
  });
}

/** Who is accountable for a metric in the workspace (follows map edits: it lives under the workspace's numbers). */
export function useMetricOwner(workspaceId: string, metricId: string) {
  return useQuery({ queryKey: queryKeys.analysis(workspaceId, 'metric-owner', metricId), queryFn: () => api.getMetricOwner(workspaceId, metricId), staleTime: 60_000 });
}
