import type { Column } from '../analytics/DataTable';
import type { RetentionTableRow } from './data/retention';

/**
 * A column per period of a retention row: on screen the rate (with `*` while its interval has not
 * ended), in the CSV the raw ratio. `rowOf` reaches the row inside a wider record (a breakdown value's).
 *
 * @example periodColumns(['Week 0', 'Week 1'], (row) => row, formatRate) // columns p0, p1
 */
export function periodColumns<Row>(periods: readonly string[], rowOf: (row: Row) => RetentionTableRow, formatRate: (rate: number | null) => string): Column<Row>[] {
  return periods.map((label, period) => ({
    key: `p${period}`,
    label,
    numeric: true,
    render: (row: Row) => {
      const cell = rowOf(row).cells.find((c) => c.period === period);
      if (!cell) return '';
      return `${formatRate(cell.rate)}${cell.complete ? '' : '*'}`;
    },
    csv: (row: Row) => rowOf(row).cells.find((c) => c.period === period)?.rate ?? null,
  }));
}
