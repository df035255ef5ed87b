import type { FunctionId } from '../catalog/types';

/** How a department holds a function: exactly one accountable department is expected. */
export type AssignmentRole = 'accountable' | 'contributing';

export interface Workspace {
  /** URL-safe slug, unique in the installation, e.g. `company-a`. */
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
}

/** A parent unit (the articles' "centre"): departments belong to one, centres may nest. */
export interface Centre {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly centreId: string | null;
  readonly head: string | null;
}

export interface Assignment {
  readonly departmentId: string;
  readonly functionId: FunctionId;
  readonly role: AssignmentRole;
  /** The company's own word for the duty ("self-media"), when it differs from the catalog's. */
  readonly label: string | null;
  /** Why this duty was mapped to this function. */
  readonly note: string | null;
}

/** One company's whole organisation map: what the responsibility check reads. */
export interface OrgMap {
  readonly workspace: Workspace;
  readonly centres: readonly Centre[];
  readonly departments: readonly Department[];
  readonly assignments: readonly Assignment[];
}

/** An org map as stored, with the version used for optimistic concurrency. */
export interface VersionedOrgMap {
  readonly map: OrgMap;
  /** Increases by one on every saved change. */
  readonly version: number;
}

export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
