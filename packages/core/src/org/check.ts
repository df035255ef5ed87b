import type { Catalog, FunctionDefinition, FunctionId, Orientation } from '../catalog/types';
import type { AssignmentRole, OrgMap } from './model';

export interface Gap {
  readonly functionId: FunctionId;
  /** Departments that contribute to the function although none is accountable for it. */
  readonly contributors: readonly string[];
}

export interface Overlap {
  readonly functionId: FunctionId;
  /** Two or more departments accountable for the same function, in map order. */
  readonly departmentIds: readonly string[];
}

/** A department accountable for both awareness work and conversion or retention work. */
export interface MixedDepartment {
  readonly departmentId: string;
  /** The department's awareness functions (marketing side). */
  readonly awareness: readonly FunctionId[];
  /** Its conversion and retention functions (operations, sales, service side). */
  readonly conversion: readonly FunctionId[];
}

/** A duty the company calls by its own name ("self-media" for new media). */
export interface Alias {
  readonly departmentId: string;
  readonly functionId: FunctionId;
  readonly label: string;
}

export interface KpiHolding {
  readonly functionId: FunctionId;
  readonly role: AssignmentRole;
  /** True when another department is also accountable for the function (the number has two owners). */
  readonly shared: boolean;
  readonly kpiIds: readonly string[];
}

export interface DepartmentKpis {
  readonly departmentId: string;
  /** Functions the department is accountable for, with their KPIs: the numbers it answers for. */
  readonly accountable: readonly KpiHolding[];
  /** Functions it contributes to: numbers it helps move but does not answer for. */
  readonly contributing: readonly KpiHolding[];
}

export interface ResponsibilityReport {
  readonly gaps: readonly Gap[];
  readonly overlaps: readonly Overlap[];
  readonly mixed: readonly MixedDepartment[];
  readonly aliases: readonly Alias[];
  readonly departmentKpis: readonly DepartmentKpis[];
  readonly summary: {
    readonly functions: number;
    /** Functions with exactly one accountable department. */
    readonly clearlyOwned: number;
    readonly gaps: number;
    readonly overlaps: number;
    readonly mixedDepartments: number;
  };
}

const AWARENESS: ReadonlySet<Orientation> = new Set(['awareness']);
const CONVERSION: ReadonlySet<Orientation> = new Set(['conversion', 'retention']);

/**
 * The responsibility check: which functions nobody owns (gaps), which are owned twice (overlaps),
 * which departments mix awareness and conversion work, and which KPIs each department answers
 * for. Reads a map that passed `validateOrgMap`; assignments to unknown functions are ignored.
 * Output order follows the catalog (functions) and the map (departments), so it is stable.
 */
export function checkResponsibilities(map: OrgMap, catalog: Catalog): ResponsibilityReport {
  const byFunction = new Map<FunctionId, FunctionDefinition>(catalog.functions.map((f) => [f.id, f]));
  const holders = (functionId: FunctionId, role: AssignmentRole) =>
    map.departments
      .filter((d) => map.assignments.some((a) => a.departmentId === d.id && a.functionId === functionId && a.role === role))
      .map((d) => d.id);

  const gaps: Gap[] = [];
  const overlaps: Overlap[] = [];
  for (const fn of catalog.functions) {
    const accountable = holders(fn.id, 'accountable');
    if (accountable.length === 0) gaps.push({ functionId: fn.id, contributors: holders(fn.id, 'contributing') });
    if (accountable.length > 1) overlaps.push({ functionId: fn.id, departmentIds: accountable });
  }
  const overlapping = new Set(overlaps.map((o) => o.functionId));

  const mixed: MixedDepartment[] = [];
  const departmentKpis: DepartmentKpis[] = [];
  for (const dept of map.departments) {
    const held = catalog.functions
      .map((fn) => ({ fn, assignment: map.assignments.find((a) => a.departmentId === dept.id && a.functionId === fn.id) }))
      .filter((h) => h.assignment !== undefined);
    // Why: mixing is about what a department answers for; helping another team is not mixing.
    const owned = held.filter((h) => h.assignment?.role === 'accountable');
    const awareness = owned.filter((h) => AWARENESS.has(h.fn.orientation)).map((h) => h.fn.id);
    const conversion = owned.filter((h) => CONVERSION.has(h.fn.orientation)).map((h) => h.fn.id);
    if (awareness.length > 0 && conversion.length > 0) mixed.push({ departmentId: dept.id, awareness, conversion });

    const holding = (role: AssignmentRole): KpiHolding[] =>
      held
        .filter((h) => h.assignment?.role === role)
        .map((h) => ({
          functionId: h.fn.id,
          role,
          shared: role === 'accountable' && overlapping.has(h.fn.id),
          kpiIds: h.fn.kpis.map((k) => k.id),
        }));
    departmentKpis.push({ departmentId: dept.id, accountable: holding('accountable'), contributing: holding('contributing') });
  }

  const aliases: Alias[] = map.assignments
    .filter((a) => a.label !== null && byFunction.has(a.functionId))
    .filter((a) => !Object.values(byFunction.get(a.functionId)!.name).some((n) => n.toLowerCase() === a.label!.toLowerCase()))
    .map((a) => ({ departmentId: a.departmentId, functionId: a.functionId, label: a.label! }));

  return {
    gaps,
    overlaps,
    mixed,
    aliases,
    departmentKpis,
    summary: {
      functions: catalog.functions.length,
      clearlyOwned: catalog.functions.length - gaps.length - overlaps.length,
      gaps: gaps.length,
      overlaps: overlaps.length,
      mixedDepartments: mixed.length,
    },
  };
}
