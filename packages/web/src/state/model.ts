import type { AssignmentDto, CatalogResponse, CheckResponse, FunctionDto, FunctionIdDto, OrgMapResponse } from '@marketops/contracts';

export type Role = AssignmentDto['role'];
export type Stage = CatalogResponse['stages'][number];
export type Orientation = FunctionDto['orientation'];

/**
 * What a click on a matrix cell does: empty -> accountable -> contributing -> empty.
 *
 * @example nextRole(undefined) // 'accountable'
 */
export function nextRole(current: Role | undefined): Role | null {
  if (current === undefined) return 'accountable';
  if (current === 'accountable') return 'contributing';
  return null;
}

export interface StageGroup {
  readonly stage: Stage;
  readonly functions: readonly FunctionDto[];
}

/**
 * The catalog's functions grouped by value-chain stage, the chain in order and the cross-cutting
 * stage (brand runs through every stage) last. Stages without functions are left out.
 */
export function groupByStage(catalog: CatalogResponse): StageGroup[] {
  const stages = [...catalog.stages].sort(
    (a, b) => Number(a.crossCutting) - Number(b.crossCutting) || a.order - b.order,
  );
  return stages
    .map((stage) => ({ stage, functions: catalog.functions.filter((f) => f.stage === stage.id) }))
    .filter((group) => group.functions.length > 0);
}

const cellKey = (departmentId: string, functionId: string) => `${departmentId}\u0000${functionId}`;

/** Looks up a department's assignment to a function in constant time. */
export function assignmentIndex(map: OrgMapResponse): (departmentId: string, functionId: FunctionIdDto) => AssignmentDto | undefined {
  const index = new Map(map.assignments.map((a) => [cellKey(a.departmentId, a.functionId), a]));
  return (departmentId, functionId) => index.get(cellKey(departmentId, functionId));
}

export interface Highlights {
  readonly gaps: ReadonlySet<FunctionIdDto>;
  /** Function id -> the departments accountable for it when there are several. */
  readonly overlaps: ReadonlyMap<FunctionIdDto, readonly string[]>;
}

/** The check's gaps and overlaps in the shape the matrix and the chart need. */
export function highlightsOf(check: CheckResponse | undefined): Highlights {
  return {
    gaps: new Set(check?.gaps.map((g) => g.functionId) ?? []),
    overlaps: new Map(check?.overlaps.map((o) => [o.functionId, o.departmentIds]) ?? []),
  };
}

export function isOverlapCell(highlights: Highlights, departmentId: string, functionId: FunctionIdDto): boolean {
  return highlights.overlaps.get(functionId)?.includes(departmentId) ?? false;
}
