import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DomainError, type DomainErrorCode, type OrgMap, type OrgStore } from '@marketops/core';

/** What an adapter's test file hands to {@link orgStoreContract}: a fresh, empty store. */
export interface OrgStoreFixture {
  readonly store: OrgStore;
  /** Closes the store and removes whatever the fixture created (files, schemas). */
  cleanup(): Promise<void>;
  /** Runs the adapter's migrations again, returning the ids applied; omitted by adapters without. */
  migrateAgain?(): Promise<readonly string[]>;
}

/**
 * The one suite every {@link OrgStore} adapter must pass. `open` is called once per suite and must
 * return an empty store; each case uses its own workspace ids.
 *
 * @example
 * orgStoreContract('PGlite in memory', async () => {
 *   const client = await openPgliteClient();
 *   await runMigrations(client);
 *   const store = new SqlOrgStore(client);
 *   return { store, cleanup: () => store.close(), migrateAgain: () => runMigrations(client) };
 * });
 */
export function orgStoreContract(name: string, open: () => Promise<OrgStoreFixture>): void {
  describe(`OrgStore contract: ${name}`, () => {
    let fixture: OrgStoreFixture | undefined;
    const store = (): OrgStore => {
      if (fixture === undefined) throw new Error('the fixture did not open');
      return fixture.store;
    };

    beforeAll(async () => {
      fixture = await open();
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    it('returns a created map exactly as given, in order, unicode included', async () => {
      const map = richMap('round-trip');
      await expect(store().createWorkspace(map)).resolves.toEqual({ map, version: 1 });
      await expect(store().getOrgMap('round-trip')).resolves.toEqual({ map, version: 1 });

      const bare = emptyMap('bare');
      await store().createWorkspace(bare);
      await expect(store().getOrgMap('bare')).resolves.toEqual({ map: bare, version: 1 });
    });

    it('returns null for an unknown workspace', async () => {
      await expect(store().getOrgMap('never-created')).resolves.toBeNull();
    });

    it('refuses to create a workspace twice and keeps the first', async () => {
      const first = richMap('twice');
      await store().createWorkspace(first);
      await expectDomainError(store().createWorkspace(emptyMap('twice', 'Imposter')), 'WORKSPACE_EXISTS');
      await expect(store().getOrgMap('twice')).resolves.toEqual({ map: first, version: 1 });
    });

    it('saves with the current version and increments it', async () => {
      await store().createWorkspace(richMap('saved'));
      const second = changedMap('saved');
      await expect(store().saveOrgMap(second, 1)).resolves.toEqual({ map: second, version: 2 });
      await expect(store().getOrgMap('saved')).resolves.toEqual({ map: second, version: 2 });

      const third = emptyMap('saved', 'Renamed', 'now empty');
      await expect(store().saveOrgMap(third, 2)).resolves.toEqual({ map: third, version: 3 });
      await expect(store().getOrgMap('saved')).resolves.toEqual({ map: third, version: 3 });
    });

    it('refuses a stale version and changes nothing', async () => {
      await store().createWorkspace(richMap('stale'));
      const current = await store().saveOrgMap(changedMap('stale'), 1);
      await expectDomainError(store().saveOrgMap(emptyMap('stale', 'Lost update'), 1), 'VERSION_CONFLICT');
      await expect(store().getOrgMap('stale')).resolves.toEqual(current);
    });

    it('refuses to save an unknown workspace', async () => {
      await expectDomainError(store().saveOrgMap(richMap('ghost'), 1), 'WORKSPACE_NOT_FOUND');
      await expect(store().getOrgMap('ghost')).resolves.toBeNull();
    });

    it('leaves the previous map intact when a save fails half-way', async () => {
      const before = await store().createWorkspace(richMap('half-saved'));
      // The workspace row and the centres are written before the assignment that breaks the
      // department reference: only a rollback can undo them.
      const broken = withDanglingAssignment(changedMap('half-saved'));
      await expect(store().saveOrgMap(broken, 1)).rejects.toThrow();
      await expect(store().getOrgMap('half-saved')).resolves.toEqual(before);
      await expect(store().saveOrgMap(changedMap('half-saved'), 1)).resolves.toMatchObject({ version: 2 });
    });

    it('leaves nothing behind when a create fails half-way', async () => {
      await expect(store().createWorkspace(withDanglingAssignment(richMap('half-created')))).rejects.toThrow();
      await expect(store().getOrgMap('half-created')).resolves.toBeNull();
      const map = richMap('half-created');
      await expect(store().createWorkspace(map)).resolves.toEqual({ map, version: 1 });
    });

    it('deletes a workspace with everything in it', async () => {
      await store().createWorkspace(richMap('doomed'));
      await store().deleteWorkspace('doomed');
      await expect(store().getOrgMap('doomed')).resolves.toBeNull();
      expect((await store().listWorkspaces()).map((w) => w.id)).not.toContain('doomed');
      await expectDomainError(store().deleteWorkspace('doomed'), 'WORKSPACE_NOT_FOUND');
      // Recreating the id finds no leftover centres, departments or assignments.
      const reborn = emptyMap('doomed', 'Reborn');
      await store().createWorkspace(reborn);
      await expect(store().getOrgMap('doomed')).resolves.toEqual({ map: reborn, version: 1 });
    });

    it('lists summaries ordered by name', async () => {
      await store().createWorkspace(emptyMap('list-c', 'List Charlie'));
      await store().createWorkspace(richMap('list-a', 'List Alpha'));
      await store().createWorkspace(changedMap('list-b', 'List Bravo'));
      await store().saveOrgMap(richMap('list-b', 'List Bravo'), 1);

      const listed = (await store().listWorkspaces()).filter((w) => w.id.startsWith('list-'));
      expect(listed.map((w) => [w.id, w.name, w.description, w.version, w.departmentCount])).toEqual([
        ['list-a', 'List Alpha', richMap('list-a').workspace.description, 1, 4],
        ['list-b', 'List Bravo', richMap('list-b').workspace.description, 2, 4],
        ['list-c', 'List Charlie', null, 1, 0],
      ]);
      for (const summary of listed) {
        expect(summary.createdAt).toBeInstanceOf(Date);
        expect(summary.updatedAt).toBeInstanceOf(Date);
        expect(summary.updatedAt.getTime()).toBeGreaterThanOrEqual(summary.createdAt.getTime());
        expect(Math.abs(Date.now() - summary.createdAt.getTime())).toBeLessThan(10 * 60_000);
      }
    });

    it('lets exactly one of 20 concurrent saves of the same version win', async () => {
      await store().createWorkspace(richMap('race'));
      const attempts = Array.from({ length: 20 }, (_, i) => emptyMap('race', `Racer ${i}`));
      const results = await Promise.allSettled(attempts.map((map) => store().saveOrgMap(map, 1)));

      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(won[0]?.version).toBe(2);
      expect(lost).toHaveLength(19);
      for (const reason of lost) expect(reason).toMatchObject({ name: 'DomainError', code: 'VERSION_CONFLICT' });

      // The store still works, and holds the winner's map.
      await expect(store().getOrgMap('race')).resolves.toEqual(won[0]);
      await expect(store().saveOrgMap(richMap('race'), 2)).resolves.toMatchObject({ version: 3 });
    });

    it('treats running the migrations again as a no-op', async (context) => {
      if (fixture?.migrateAgain === undefined) context.skip('this adapter has no migrations');
      await store().createWorkspace(richMap('migrated'));
      await expect(fixture?.migrateAgain?.()).resolves.toEqual([]);
      await expect(store().getOrgMap('migrated')).resolves.toEqual({ map: richMap('migrated'), version: 1 });
    });
  });
}

async function expectDomainError(promise: Promise<unknown>, code: DomainErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code });
}

/**
 * Nested centres, departments with and without centre and head, both roles, labels and notes, in
 * an order that is neither alphabetical nor by id, with Chinese, Japanese and Spanish text.
 */
function richMap(id: string, name = '示例公司 · Compañía Ñandú · 株式会社サンプル'): OrgMap {
  return {
    workspace: { id, name, description: 'マーケティング組織図 — organigrama de marketing, 营销组织' },
    centres: [
      { id: 'growth', name: '增长中心', parentId: null },
      { id: 'brand-centre', name: 'ブランドセンター', parentId: 'growth' },
      { id: 'atencion', name: 'Centro de Atención al Cliente', parentId: 'growth' },
    ],
    departments: [
      { id: 'z-new-media', name: '新媒体部', centreId: 'brand-centre', head: '王芳' },
      { id: 'pr', name: 'Relaciones Públicas', centreId: null, head: null },
      { id: 'a-sales', name: '営業部', centreId: 'atencion', head: null },
      { id: 'm-research', name: 'Investigación de Mercado', centreId: null, head: 'José Núñez' },
    ],
    assignments: [
      {
        departmentId: 'z-new-media',
        functionId: 'new-media',
        role: 'accountable',
        label: '自媒体',
        note: '公众号、抖音和小红书',
      },
      { departmentId: 'pr', functionId: 'pr', role: 'accountable', label: null, note: null },
      { departmentId: 'z-new-media', functionId: 'brand', role: 'contributing', label: null, note: 'Apoya las campañas' },
      { departmentId: 'a-sales', functionId: 'sales', role: 'accountable', label: '営業', note: null },
      {
        departmentId: 'm-research',
        functionId: 'market-research',
        role: 'contributing',
        label: 'estudios',
        note: 'trimestral',
      },
    ],
  };
}

/** A different map for the same workspace: renamed, reordered, one department fewer. */
function changedMap(id: string, name = 'Changed'): OrgMap {
  return {
    workspace: { id, name, description: null },
    centres: [{ id: 'solo', name: 'Único centro', parentId: null }],
    departments: [
      { id: 'm-research', name: '市场研究部', centreId: 'solo', head: '佐藤' },
      { id: 'pr', name: 'PR', centreId: null, head: 'Ana' },
      { id: 'a-sales', name: 'Ventas', centreId: 'solo', head: null },
      { id: 'after', name: 'Posventa', centreId: null, head: null },
    ],
    assignments: [
      { departmentId: 'pr', functionId: 'pr', role: 'contributing', label: 'relaciones', note: null },
      { departmentId: 'm-research', functionId: 'market-research', role: 'accountable', label: null, note: '新しい' },
    ],
  };
}

function emptyMap(id: string, name = 'Empty', description: string | null = null): OrgMap {
  return { workspace: { id, name, description }, centres: [], departments: [], assignments: [] };
}

/** Breaks the map at its last row: an assignment to a department that is not in the map. */
function withDanglingAssignment(map: OrgMap): OrgMap {
  return {
    ...map,
    assignments: [
      ...map.assignments,
      { departmentId: 'missing-department', functionId: 'after-sales', role: 'accountable', label: null, note: null },
    ],
  };
}
