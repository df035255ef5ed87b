import type { OrgMap } from '@marketops/core';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger';
import type { MetricsService } from './metrics-service';
import { warmUpDashboards, type WarmUpDeps } from './warm-up';

/** Two workspaces with one department accountable for user operations; `failing` makes one's metrics throw. */
function deps(failing: string | null, asked: { workspaceId: string; ids: readonly string[]; query: unknown }[]): WarmUpDeps {
  const map = (id: string): OrgMap => ({
    workspace: { id, name: id, description: null },
    centres: [],
    departments: [{ id: 'ops', name: 'Operations', centreId: null, head: null }],
    assignments: [{ departmentId: 'ops', functionId: 'user-ops', role: 'accountable', label: null, note: null }],
  });
  const values: MetricsService['values'] = async (workspaceId, ids, query) => {
    asked.push({ workspaceId, ids, query });
    if (workspaceId === failing) throw new Error('the event store is closed');
    return [];
  };
  return {
    orgService: { listWorkspaces: async () => [{ id: 'a' }, { id: 'b' }] as never, getMap: async (id) => ({ map: map(id), version: 1 }) },
    settings: { get: async (id) => ({ timeZone: id === 'a' ? 'Asia/Tokyo' : 'America/Mexico_City' }) as never },
    metrics: { values },
    logger: createLogger('silent'),
    now: () => new Date('2026-03-01T02:00:00Z'),
  };
}

describe('warmUpDashboards', () => {
  it('asks each workspace for its departments\' KPIs over the last 30 days of its own calendar, with the previous period', async () => {
    const asked: { workspaceId: string; ids: readonly string[]; query: unknown }[] = [];
    const warmed = await warmUpDashboards(deps(null, asked));
    // 02:00 UTC on 1 March is 1 March in Tokyo and still 28 February in Mexico City.
    expect(asked.map((a) => [a.workspaceId, a.query])).toEqual([
      ['a', { from: '2026-01-31', to: '2026-03-01', compare: 'true' }],
      ['b', { from: '2026-01-30', to: '2026-02-28', compare: 'true' }],
    ]);
    expect(asked[0]?.ids).toContain('user-ops.retention-rate');
    expect(asked[0]?.ids.every((id) => id.startsWith('user-ops.'))).toBe(true);
    expect(warmed.map((w) => w.workspaceId)).toEqual(['a', 'b']);
  });

  it('goes on to the next workspace when one fails, and leaves that one out of what it warmed', async () => {
    const asked: { workspaceId: string; ids: readonly string[]; query: unknown }[] = [];
    const warmed = await warmUpDashboards(deps('a', asked));
    expect(asked.map((a) => a.workspaceId)).toEqual(['a', 'b']);
    expect(warmed.map((w) => w.workspaceId)).toEqual(['b']);
  });
});
