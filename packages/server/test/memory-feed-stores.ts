import {
  DomainError,
  type ChannelStatSnapshot,
  type ChannelStatStore,
  type CostRecord,
  type CostStore,
  type OrgStore,
  type UpsertCounts,
  type WriteProgress,
} from '@marketops/core';

/**
 * In-memory stand-ins for the feed stores, for unit tests of the feed service: the same upsert
 * semantics as the SQL stores (keyed by workspace and row key, all or nothing, unchanged rows not
 * counted as updates, null snapshot metrics keep stored values). Listing returns everything in the
 * range; summaries are left to the SQL contract suite.
 */
export class MemoryFeedStores {
  readonly workspaces = new Set<string>();
  readonly costRows = new Map<string, CostRecord>();
  readonly snapshotRows = new Map<string, ChannelStatSnapshot>();
  /** Writes so far, per feed: the stores' versions. */
  costWrites = 0;
  snapshotWrites = 0;

  readonly orgs: Pick<OrgStore, 'getOrgMap'> = {
    getOrgMap: async (id) =>
      this.workspaces.has(id) ? { map: { workspace: { id, name: id, description: null }, centres: [], departments: [], assignments: [] }, version: 1 } : null,
  };

  readonly costs: CostStore = {
    upsertCosts: async (records, onProgress) => {
      this.costWrites += 1;
      return upsert(this.workspaces, this.costRows, records, (_old, next) => next, onProgress);
    },
    listCosts: async (workspaceId, query) =>
      [...this.costRows.values()].filter((r) => r.workspaceId === workspaceId && r.date >= query.from && r.date <= query.to),
    summariseCosts: () => Promise.reject(new Error('not in the in-memory fake')),
    version: async () => this.costWrites,
  };

  readonly channelStats: ChannelStatStore = {
    upsertSnapshots: async (records, onProgress) => {
      this.snapshotWrites += 1;
      return upsert(
        this.workspaces,
        this.snapshotRows,
        records,
        (old, next) => ({
          ...next,
          followers: next.followers ?? old.followers,
          reads: next.reads ?? old.reads,
          interactions: next.interactions ?? old.interactions,
          posts: next.posts ?? old.posts,
        }),
        onProgress,
      );
    },
    listSnapshots: async (workspaceId, query) =>
      [...this.snapshotRows.values()].filter((r) => r.workspaceId === workspaceId && r.date >= query.from && r.date <= query.to),
    summariseSnapshots: () => Promise.reject(new Error('not in the in-memory fake')),
    version: async () => this.snapshotWrites,
  };
}

function upsert<R extends { workspaceId: string; rowKey: string }>(
  workspaces: ReadonlySet<string>,
  rows: Map<string, R>,
  records: readonly R[],
  merge: (old: R, next: R) => R,
  onProgress?: WriteProgress,
): UpsertCounts {
  const missing = records.find((r) => !workspaces.has(r.workspaceId));
  if (missing) throw new DomainError('WORKSPACE_NOT_FOUND', `workspace "${missing.workspaceId}" does not exist`);
  let inserted = 0;
  let updated = 0;
  for (const record of records) {
    const key = `${record.workspaceId}\u0000${record.rowKey}`;
    const old = rows.get(key);
    const next = old === undefined ? record : merge(old, record);
    if (old === undefined) inserted++;
    else if (JSON.stringify(old) !== JSON.stringify(next)) updated++;
    rows.set(key, next);
  }
  onProgress?.(records.length);
  return { inserted, updated, unchanged: records.length - inserted - updated };
}
