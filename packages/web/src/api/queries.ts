import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { queryKeys } from './keys';

/** The function catalog never changes while the server runs: fetch it once. */
export function useCatalog() {
  return useQuery({ queryKey: queryKeys.catalog, queryFn: api.getCatalog, staleTime: Infinity });
}

export function useTemplates() {
  return useQuery({ queryKey: queryKeys.templates, queryFn: api.listTemplates, staleTime: Infinity });
}

export function useWorkspaces() {
  return useQuery({ queryKey: queryKeys.workspaces, queryFn: api.listWorkspaces });
}

export function useOrgMap(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.map(workspaceId), queryFn: () => api.getOrgMap(workspaceId) });
}

/** The responsibility check; refetched after every edit of the map (see mutations.ts). */
export function useCheck(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.check(workspaceId), queryFn: () => api.getCheck(workspaceId) });
}

/** The workspace's time zone, reporting currency and exchange rates. */
export function useWorkspaceSettings(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.settings(workspaceId), queryFn: () => api.getSettings(workspaceId) });
}

/** The workspace's write keys (the secret part is never listed). */
export function useWriteKeys(workspaceId: string) {
  return useQuery({ queryKey: queryKeys.writeKeys(workspaceId), queryFn: () => api.listWriteKeys(workspaceId) });
}
