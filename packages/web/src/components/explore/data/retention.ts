import type { RetentionResultDto } from '../../../api/client';

/** A row of the retention table and heat map: a cohort (or all cohorts together) and its rate per period. */
export interface RetentionTableRow {
  /** The cohort's first day, or null for the row of all cohorts. */
  bucket: string | null;
  size: number;
  cells: { period: number; rate: number | null; complete: boolean }[];
}

/**
 * The cohorts in order, then the row of all cohorts (each period's rate over the cohorts whose
 * cell is complete, weighted by size, as the server's `overall` gives it; its size is that of
 * period 0). The all-cohorts row counts as complete: it only averages complete cells.
 */
export function retentionTable(result: RetentionResultDto): RetentionTableRow[] {
  const cohorts = result.cohorts.map((c) => ({ bucket: c.bucket, size: c.size, cells: c.cells.map((cell) => ({ period: cell.period, rate: cell.rate, complete: cell.complete })) }));
  const overall: RetentionTableRow = {
    bucket: null,
    size: result.overall[0]?.cohortSize ?? 0,
    cells: result.overall.map((o) => ({ period: o.period, rate: o.rate, complete: true })),
  };
  return [...cohorts, overall];
}

/** The number of periods reported (0..N), from the widest row. */
export function periodCount(rows: readonly RetentionTableRow[]): number {
  return rows.reduce((max, row) => Math.max(max, ...row.cells.map((c) => c.period + 1)), 0);
}
