import type { RetentionResultDto } from '../../../api/client';

/** One cohort matrix: the whole answer's, or one breakdown value's (the same shape). */
export type RetentionMatrixDto = Pick<RetentionResultDto, 'cohorts' | 'overall'>;

/** A row of the retention table and heat map: a cohort (or all cohorts together) and its rate per period. */
export interface RetentionTableRow {
  /** The cohort's first day, or null for the row of all cohorts. */
  bucket: string | null;
  size: number;
  cells: { period: number; rate: number | null; complete: boolean }[];
}

/**
 * The row of all cohorts: each period's rate over the cohorts whose cell is complete, weighted by
 * size, as the server's `overall` gives it; its size is that of period 0. It counts as complete:
 * it only averages complete cells.
 */
function overallRow(matrix: RetentionMatrixDto): RetentionTableRow {
  return { bucket: null, size: matrix.overall[0]?.cohortSize ?? 0, cells: matrix.overall.map((o) => ({ period: o.period, rate: o.rate, complete: true })) };
}

/** The cohorts in order, then the row of all cohorts. */
export function retentionTable(matrix: RetentionMatrixDto): RetentionTableRow[] {
  const cohorts = matrix.cohorts.map((c) => ({ bucket: c.bucket, size: c.size, cells: c.cells.map((cell) => ({ period: cell.period, rate: cell.rate, complete: cell.complete })) }));
  return [...cohorts, overallRow(matrix)];
}

/** The number of periods reported (0..N), from the widest row. */
export function periodCount(rows: readonly { cells: readonly { period: number }[] }[]): number {
  return rows.reduce((max, row) => Math.max(max, ...row.cells.map((c) => c.period + 1)), 0);
}

/** A row of the breakdown's comparison table: one value and its row of all cohorts. */
export interface RetentionGroupRow {
  value: string;
  overall: RetentionTableRow;
}

/** Every breakdown value in the server's order (most people in its cohorts first), each with its row of all cohorts; empty without a breakdown. */
export function retentionGroups(result: RetentionResultDto): RetentionGroupRow[] {
  return (result.breakdown ?? []).map((group) => ({ value: group.value, overall: overallRow(group) }));
}

/**
 * The breakdown value to show: the one asked for when the answer has it, else the first (largest);
 * `missing` says the asked-for value was not there. Undefined without breakdown values.
 *
 * @example pickRetentionGroup(result, 'Email') // { value: 'Email', matrix: { cohorts, overall }, missing: false }
 */
export function pickRetentionGroup(result: RetentionResultDto, wanted: string | undefined): { value: string; matrix: RetentionMatrixDto; missing: boolean } | undefined {
  const groups = result.breakdown ?? [];
  const found = wanted === undefined ? undefined : groups.find((g) => g.value === wanted);
  const chosen = found ?? groups[0];
  if (!chosen) return undefined;
  return { value: chosen.value, matrix: { cohorts: chosen.cohorts, overall: chosen.overall }, missing: wanted !== undefined && !found };
}
