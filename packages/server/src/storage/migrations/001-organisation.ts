import type { Migration } from './migration';

/**
 * Workspaces and their organisation maps. `position` keeps the order of each list in the map, so a
 * map reads back exactly as it was saved. Centres' parents and departments' centres are not foreign
 * keys: the core validates maps before saving, and a map is always replaced as a whole.
 */
export const organisationMigration: Migration = {
  id: '001-organisation',
  sql: `
CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text,
  version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE centres (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  parent_id text,
  position integer NOT NULL,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE departments (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  centre_id text,
  head text,
  position integer NOT NULL,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE assignments (
  workspace_id text NOT NULL,
  department_id text NOT NULL,
  function_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('accountable', 'contributing')),
  label text,
  note text,
  position integer NOT NULL,
  PRIMARY KEY (workspace_id, department_id, function_id),
  FOREIGN KEY (workspace_id, department_id) REFERENCES departments (workspace_id, id) ON DELETE CASCADE
);
`,
};
