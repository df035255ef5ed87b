import { REQUIRED_COST_FIELDS, validateCostRow, COST_FIELDS, type CellInput, type CostDraft, type CostField } from '@marketops/core';
import type { CsvSource } from './decode';
import { cellOf, fileError, isSummaryRow, type Column } from './header';
import { openTable, type FileRow, type OpenedFile } from './open-table';
import type { ReadCsvOptions } from './read-csv';

/**
 * Header names accepted for each column of a costs file besides the canonical one, in English,
 * Chinese, Japanese and Spanish; compared ignoring case, width, accents and `_`/`-`/spaces.
 * docs/feeds.md documents the same table.
 */
export const COST_COLUMN_ALIASES: Readonly<Record<CostField, readonly string[]>> = {
  date: ['date', 'day', 'cost date', '日期', '费用日期', '日付', '発生日', '計上日', 'fecha'],
  channel: ['channel', 'media', 'platform', '渠道', '媒体', '平台', 'チャネル', 'チャンネル', '媒体名', 'canal', 'medio'],
  campaign: ['campaign', 'campaign name', '活动', '营销活动', '活动名称', 'キャンペーン', 'campaña', 'campana'],
  cost_type: ['cost type', 'type', 'category', '费用类型', '费用类别', '类型', '費用種別', 'コスト種別', '種別', 'tipo', 'tipo de coste', 'tipo de costo', 'categoria'],
  amount: ['amount', 'cost', 'spend', '金额', '费用', '花费', '金額', '費用', 'importe', 'monto', 'coste', 'costo', 'gasto'],
  currency: ['currency', '币种', '货币', '通貨', '通貨コード', 'moneda', 'divisa'],
  function: ['function', 'function id', '职能', '所属职能', '機能', '職能', 'funcion'],
  note: ['note', 'notes', 'memo', 'description', 'comment', '备注', '说明', '備考', 'メモ', 'nota', 'notas', 'descripcion'],
  id: ['id', 'row id', 'cost id', '编号', '番号', 'identificador'],
};

/**
 * Opens a costs file: finds its columns (failing with IMPORT_FILE_INVALID when a required one is
 * missing) and validates its rows one by one as they stream in.
 *
 * @example
 * const file = await openCostsFile(text, { onBadRecord });
 * for await (const row of file.rows) ...
 */
export async function openCostsFile(source: CsvSource, options: ReadCsvOptions): Promise<OpenedFile<CostDraft>> {
  const { header, records } = await openTable(source, options);
  const columns: Partial<Record<CostField, Column>> = {};
  for (const field of COST_FIELDS) {
    const column = header.find([field, ...COST_COLUMN_ALIASES[field]]);
    if (column !== undefined) columns[field] = column;
  }
  const missing = REQUIRED_COST_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    await records.return(undefined);
    throw fileError(
      `the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (required: ${REQUIRED_COST_FIELDS.join(', ')}; see docs/feeds.md for accepted names)`,
      header.line,
    );
  }
  const dateIndex = columns.date?.index ?? 0;
  async function* rows(): AsyncGenerator<FileRow<CostDraft>> {
    for await (const record of records) {
      if (isSummaryRow(record, dateIndex)) {
        yield { kind: 'ignored', line: record.line };
        continue;
      }
      const cells: Partial<Record<CostField, CellInput>> = {};
      for (const field of COST_FIELDS) {
        const cell = cellOf(record, columns[field]);
        if (cell !== undefined) cells[field] = cell;
      }
      yield { kind: 'row', result: validateCostRow({ line: record.line, cells }) };
    }
  }
  return { ignoredColumns: header.ignoredColumns(), rows: rows() };
}
