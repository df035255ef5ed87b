/** React Query keys, in one place so invalidation after an edit cannot miss a view. */
export const queryKeys = {
  catalog: ['catalog'] as const,
  templates: ['templates'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (id: string) => ['workspace', id] as const,
  map: (id: string) => ['workspace', id, 'map'] as const,
  check: (id: string) => ['workspace', id, 'check'] as const,
  settings: (id: string) => ['workspace', id, 'settings'] as const,
  metricSettings: (id: string) => ['workspace', id, 'metric-settings'] as const,
  writeKeys: (id: string) => ['workspace', id, 'write-keys'] as const,
  channelRules: (id: string) => ['workspace', id, 'channel-rules'] as const,
  metrics: ['metrics'] as const,
  hasEvents: (id: string) => ['workspace', id, 'has-events'] as const,
  names: (id: string) => ['workspace', id, 'names'] as const,
  /** Everything computed from events, costs, targets and the map: invalidated after a map edit or a target change. */
  numbers: (id: string) => ['workspace', id, 'numbers'] as const,
  metricValue: (id: string, metricId: string, q: object) => ['workspace', id, 'numbers', 'metric', metricId, q] as const,
  overviewValues: (id: string, metricIds: readonly string[], q: object) => ['workspace', id, 'numbers', 'metric-values', metricIds, q] as const,
  departmentKpis: (id: string, departmentId: string, q: object) => ['workspace', id, 'numbers', 'department-kpis', departmentId, q] as const,
  targets: (id: string) => ['workspace', id, 'numbers', 'targets'] as const,
  /** Prefixes: every period of one metric; every department's dashboard (a target change touches these). */
  metricValues: (id: string, metricId: string) => ['workspace', id, 'numbers', 'metric', metricId] as const,
  allDepartmentKpis: (id: string) => ['workspace', id, 'numbers', 'department-kpis'] as const,
  allOverviewValues: (id: string) => ['workspace', id, 'numbers', 'metric-values'] as const,
  analysis: (id: string, kind: string, body: unknown) => ['workspace', id, 'numbers', 'analysis', kind, body] as const,
};
