import type { DepartmentKpisDto, MetricDefinitionDto } from '../../api/client';
import type { CsvCell } from '../analytics/csv';
import { relativeChange } from './numbers';
import type { Direction } from './numbers';

export type DepartmentKpi = DepartmentKpisDto['kpis'][number];

/** One line of a department's dashboard: the API's KPI with what the screen and the CSV need beside it. */
export interface DashboardRow {
  readonly kpi: DepartmentKpi;
  readonly definition: MetricDefinitionDto | undefined;
  readonly unit: string;
  readonly direction: Direction;
  /** Change relative to the previous period; null without a previous value to divide by. */
  readonly relative: number | null;
  /** The currency money is shown in: the one the result names, else the reporting currency. */
  readonly currency: string | undefined;
}

export interface FunctionGroup {
  readonly functionId: string;
  readonly shared: boolean;
  readonly rows: readonly DashboardRow[];
}

/** The dashboard's KPIs grouped by function, in the order the server lists them (assignment order). */
export function groupDashboard(kpis: readonly DepartmentKpi[], definitions: readonly MetricDefinitionDto[], reportingCurrency: string | undefined): FunctionGroup[] {
  const defs = new Map(definitions.map((d) => [d.id, d]));
  const groups: { functionId: string; shared: boolean; rows: DashboardRow[] }[] = [];
  for (const kpi of kpis) {
    const definition = defs.get(kpi.metricId);
    const row: DashboardRow = {
      kpi,
      definition,
      unit: kpi.result?.unit ?? definition?.unit ?? 'count',
      direction: definition?.direction ?? 'higher-is-better',
      relative: relativeChange(kpi.result?.value, kpi.previous?.value),
      currency: kpi.result?.money?.currency ?? reportingCurrency,
    };
    const group = groups.find((g) => g.functionId === kpi.functionId);
    if (group) {
      group.rows.push(row);
      group.shared ||= kpi.shared;
    } else groups.push({ functionId: kpi.functionId, shared: kpi.shared, rows: [row] });
  }
  return groups;
}

/** The CSV columns, in order; headers are translated by the caller. */
export const CSV_COLUMNS = ['function', 'kpi', 'metricId', 'unit', 'currency', 'value', 'previous', 'change', 'relativeChange', 'target', 'attainment', 'targetMet', 'shared', 'problem'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The dashboard as CSV rows with raw numbers (a ratio stays 0.125, money stays in the reporting
 * currency as a plain number), so a spreadsheet can compute with them.
 */
export function dashboardCsvRows(groups: readonly FunctionGroup[], names: { fn: (id: string) => string; kpi: (row: DashboardRow) => string }): CsvCell[][] {
  return groups.flatMap((group) =>
    group.rows.map((row) => {
      const { kpi } = row;
      const cells: Record<CsvColumn, CsvCell> = {
        function: names.fn(group.functionId),
        kpi: names.kpi(row),
        metricId: kpi.metricId,
        unit: row.unit,
        currency: row.unit === 'currency' || row.unit === 'currency-per-person' ? row.currency : undefined,
        value: kpi.result?.value,
        previous: kpi.previous?.value,
        change: kpi.change,
        relativeChange: row.relative,
        target: kpi.target?.target,
        attainment: kpi.target?.attainment,
        targetMet: kpi.target?.met,
        shared: kpi.shared,
        problem: kpi.problem?.message,
      };
      return CSV_COLUMNS.map((c) => cells[c]);
    }),
  );
}
