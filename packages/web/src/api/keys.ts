/** React Query keys, in one place so invalidation after an edit cannot miss a view. */
export const queryKeys = {
  catalog: ['catalog'] as const,
  templates: ['templates'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (id: string) => ['workspace', id] as const,
  map: (id: string) => ['workspace', id, 'map'] as const,
  check: (id: string) => ['workspace', id, 'check'] as const,
  settings: (id: string) => ['workspace', id, 'settings'] as const,
  writeKeys: (id: string) => ['workspace', id, 'write-keys'] as const,
};
