import {
  DomainError,
  type Assignment,
  type AssignmentRole,
  type Centre,
  type Department,
  type FunctionId,
  type OrgMap,
  type OrgStore,
  type VersionedOrgMap,
  type WorkspaceSummary,
} from '@marketops/core';
import { SQLSTATE, sqlStateOf, type SqlClient, type SqlExecutor } from './sql-client';

// Rows exactly as the SELECT lists below return them; mapped to core types by the functions at the
// end of this file and never handed out.
interface WorkspaceRow {
  id: string;
  name: string;
  description: string | null;
  version: number;
}
interface SummaryRow extends WorkspaceRow {
  department_count: number;
  created_at: Date;
  updated_at: Date;
}
interface CentreRow {
  id: string;
  name: string;
  parent_id: string | null;
}
interface DepartmentRow {
  id: string;
  name: string;
  centre_id: string | null;
  head: string | null;
}
interface AssignmentRow {
  department_id: string;
  function_id: string;
  role: string;
  label: string | null;
  note: string | null;
}

/**
 * {@link OrgStore} in SQL, on any {@link SqlClient} (PGlite or PostgreSQL). Needs the schema of
 * `runMigrations`. Closing the store closes the client, then runs `onClose` (releasing a lock).
 *
 * @example
 * const store = new SqlOrgStore(client);
 * const { version } = await store.createWorkspace(map);
 * await store.saveOrgMap(changedMap, version);
 */
export class SqlOrgStore implements OrgStore {
  constructor(
    private readonly client: SqlClient,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  async listWorkspaces(): Promise<WorkspaceSummary[]> {
    const rows = await this.client.query<SummaryRow>(
      `SELECT w.id, w.name, w.description, w.version, w.created_at, w.updated_at,
              (SELECT count(*)::integer FROM departments d WHERE d.workspace_id = w.id) AS department_count
         FROM workspaces w
        ORDER BY w.name, w.id`,
    );
    return rows.map(toSummary);
  }

  getOrgMap(workspaceId: string): Promise<VersionedOrgMap | null> {
    return this.client.transaction(async (tx) => {
      // Why: on PostgreSQL each statement of a READ COMMITTED transaction may see a newer commit;
      // one snapshot for all four reads keeps the map consistent with its version.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const [workspace] = await tx.query<WorkspaceRow>(
        'SELECT id, name, description, version FROM workspaces WHERE id = $1',
        [workspaceId],
      );
      if (workspace === undefined) return null;
      const centres = await tx.query<CentreRow>(
        'SELECT id, name, parent_id FROM centres WHERE workspace_id = $1 ORDER BY position',
        [workspaceId],
      );
      const departments = await tx.query<DepartmentRow>(
        'SELECT id, name, centre_id, head FROM departments WHERE workspace_id = $1 ORDER BY position',
        [workspaceId],
      );
      const assignments = await tx.query<AssignmentRow>(
        `SELECT department_id, function_id, role, label, note
           FROM assignments WHERE workspace_id = $1 ORDER BY position`,
        [workspaceId],
      );
      const map: OrgMap = {
        workspace: { id: workspace.id, name: workspace.name, description: workspace.description },
        centres: centres.map(toCentre),
        departments: departments.map(toDepartment),
        assignments: assignments.map(toAssignment),
      };
      return { map, version: workspace.version };
    });
  }

  async createWorkspace(map: OrgMap): Promise<VersionedOrgMap> {
    const { id, name, description } = map.workspace;
    await this.client.transaction(async (tx) => {
      try {
        await tx.query('INSERT INTO workspaces (id, name, description, version) VALUES ($1, $2, $3, 1)', [
          id,
          name,
          description,
        ]);
      } catch (error) {
        // Why only around this INSERT: a duplicate centre or department id would also be a unique
        // violation, and must not be reported as an existing workspace.
        if (sqlStateOf(error) === SQLSTATE.uniqueViolation) {
          throw new DomainError('WORKSPACE_EXISTS', `workspace "${id}" already exists`);
        }
        throw error;
      }
      await insertMapRows(tx, map);
    });
    return { map, version: 1 };
  }

  saveOrgMap(map: OrgMap, expectedVersion: number): Promise<VersionedOrgMap> {
    const { id, name, description } = map.workspace;
    return this.client.transaction(async (tx) => {
      // Why one conditional UPDATE: it checks the version and locks the row in one step, so of
      // several concurrent saves with the same expected version exactly one matches.
      const [updated] = await tx.query<{ version: number }>(
        `UPDATE workspaces SET version = version + 1, name = $3, description = $4, updated_at = now()
          WHERE id = $1 AND version = $2
          RETURNING version`,
        [id, expectedVersion, name, description],
      );
      if (updated === undefined) throw await whyNotSaved(tx, id, expectedVersion);
      // Departments cascade to their assignments.
      await tx.query('DELETE FROM departments WHERE workspace_id = $1', [id]);
      await tx.query('DELETE FROM centres WHERE workspace_id = $1', [id]);
      await insertMapRows(tx, map);
      return { map, version: updated.version };
    });
  }

  async deleteWorkspace(workspaceId: string): Promise<void> {
    // Centres, departments and assignments go with it (ON DELETE CASCADE).
    const deleted = await this.client.query<{ id: string }>('DELETE FROM workspaces WHERE id = $1 RETURNING id', [
      workspaceId,
    ]);
    if (deleted.length === 0) throw notFound(workspaceId);
  }

  async close(): Promise<void> {
    await this.client.close();
    await this.onClose();
  }
}

/** Tells a missing workspace from a stale version after the conditional UPDATE matched nothing. */
async function whyNotSaved(tx: SqlExecutor, id: string, expectedVersion: number): Promise<DomainError> {
  const [current] = await tx.query<{ version: number }>('SELECT version FROM workspaces WHERE id = $1', [id]);
  if (current === undefined) return notFound(id);
  return new DomainError(
    'VERSION_CONFLICT',
    `workspace "${id}" is at version ${current.version}, not ${expectedVersion}: it was changed meanwhile`,
  );
}

function notFound(id: string): DomainError {
  return new DomainError('WORKSPACE_NOT_FOUND', `workspace "${id}" does not exist`);
}

/** Inserts the map's centres, departments and assignments, each list's order kept in `position`. */
async function insertMapRows(tx: SqlExecutor, map: OrgMap): Promise<void> {
  const ws = map.workspace.id;
  await insertRows(
    tx,
    'centres',
    ['workspace_id', 'id', 'name', 'parent_id', 'position'],
    map.centres.map((c, i) => [ws, c.id, c.name, c.parentId, i]),
  );
  await insertRows(
    tx,
    'departments',
    ['workspace_id', 'id', 'name', 'centre_id', 'head', 'position'],
    map.departments.map((d, i) => [ws, d.id, d.name, d.centreId, d.head, i]),
  );
  await insertRows(
    tx,
    'assignments',
    ['workspace_id', 'department_id', 'function_id', 'role', 'label', 'note', 'position'],
    map.assignments.map((a, i) => [ws, a.departmentId, a.functionId, a.role, a.label, a.note, i]),
  );
}

// PostgreSQL's wire protocol counts bind parameters in 16 bits.
const MAX_PARAMETERS = 65_535;

/**
 * One multi-row INSERT per table (several only for maps beyond the parameter limit). Table and
 * column names are constants of this file, never input, so interpolating them is safe.
 */
async function insertRows(
  tx: SqlExecutor,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const rowsPerStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + rowsPerStatement).map((row) => {
      const placeholders = row.map((value) => `$${params.push(value)}`);
      return `(${placeholders.join(', ')})`;
    });
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

function toSummary(row: SummaryRow): WorkspaceSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    version: row.version,
    departmentCount: row.department_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toCentre(row: CentreRow): Centre {
  return { id: row.id, name: row.name, parentId: row.parent_id };
}

function toDepartment(row: DepartmentRow): Department {
  return { id: row.id, name: row.name, centreId: row.centre_id, head: row.head };
}

function toAssignment(row: AssignmentRow): Assignment {
  return {
    departmentId: row.department_id,
    // Why the cast: the core validated the function id before it was saved; the catalog only grows.
    functionId: row.function_id as FunctionId,
    role: toRole(row.role),
    label: row.label,
    note: row.note,
  };
}

function toRole(role: string): AssignmentRole {
  // The CHECK constraint allows only these two; anything else means the schema was changed by hand.
  if (role === 'accountable' || role === 'contributing') return role;
  throw new Error(`unexpected assignment role in the database: ${role}`);
}
