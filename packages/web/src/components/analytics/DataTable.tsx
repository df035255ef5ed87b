import { Anchor, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadCsv, exportFileName, toCsv } from './csv';
import type { CsvCell } from './csv';

export interface Column<Row> {
  key: string;
  /** The header shown (translated). */
  label: string;
  /** The cell as shown (formatted for the reader's language). */
  render: (row: Row) => React.ReactNode;
  /** The cell in the CSV: the raw value (unformatted numbers), so a spreadsheet can compute with it. */
  csv: (row: Row) => CsvCell;
  numeric?: boolean;
}

interface Props<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Names the table (caption) and its CSV file. */
  title: string;
  fileParts?: readonly string[];
  testId?: string;
}

/** A table with a CSV download of exactly its rows: headers as shown, raw numbers (a spreadsheet computes with them) where the screen formats. */
export function DataTable<Row>({ columns, rows, rowKey, title, fileParts = [], testId }: Props<Row>) {
  const { t } = useTranslation();
  const save = () =>
    downloadCsv(
      toCsv(
        columns.map((c) => c.label),
        rows.map((row) => columns.map((c) => c.csv(row))),
      ),
      exportFileName([title, ...fileParts], 'csv'),
    );
  return (
    <div className="data-table-wrap" data-testid={testId}>
      <Group justify="flex-end" my={4} className="table-actions">
        <Anchor component="button" type="button" size="xs" onClick={save} data-testid={testId ? `${testId}-csv` : undefined}>
          {t('analytics.export.csv')}
        </Anchor>
      </Group>
      <Table className="data-table" withTableBorder>
        <caption className="visually-hidden">{title}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={rowKey(row, index)}>
              {columns.map((c) => (
                <Table.Td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
