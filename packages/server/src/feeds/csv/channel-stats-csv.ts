import {
  CHANNEL_METRICS,
  parseCalendarDate,
  validateChannelStatRow,
  type CellInput,
  type ChannelMetric,
  type ChannelStatDraft,
} from '@marketops/core';
import type { ChannelStatFormat, MetricParts } from './channel-formats/index';
import type { CsvSource } from './decode';
import { cellOf, fileError, isSummaryRow, type Column, type Header } from './header';
import { openTable, type FileRow, type OpenedFile } from './open-table';
import type { CsvRecord, ReadCsvOptions } from './read-csv';

/** Values the file itself does not carry: platform exports never name the account. */
export interface ChannelStatDefaults {
  /** The account the export belongs to; required unless the file has an account column. */
  readonly account?: string;
  /** Generic format only: the platform, when the file has no platform column. */
  readonly platform?: string;
}

/**
 * Opens a channel-statistics file in one platform's format: resolves the format's columns against
 * the header (IMPORT_FILE_INVALID when the date column, the account, or every metric is missing:
 * most likely the wrong format was picked) and validates rows as they stream in.
 *
 * @example
 * const file = await openChannelStatsFile(text, findChannelStatFormat('wechat'), { account: '示例' }, { onBadRecord });
 */
export async function openChannelStatsFile(
  source: CsvSource,
  format: ChannelStatFormat,
  defaults: ChannelStatDefaults,
  options: ReadCsvOptions,
): Promise<OpenedFile<ChannelStatDraft>> {
  const { header, records } = await openTable(source, options);
  let resolved: ResolvedColumns;
  try {
    resolved = resolveColumns(header, format, defaults);
  } catch (error) {
    await records.return(undefined);
    throw error;
  }
  async function* rows(): AsyncGenerator<FileRow<ChannelStatDraft>> {
    let first = true;
    for await (const record of records) {
      const isDescription = first && format.descriptionRow === true && !parseCalendarDate(record.cells[resolved.date.index] ?? '', format.dateOrder).ok;
      first = false;
      if (isDescription || isSummaryRow(record, resolved.date.index)) {
        yield { kind: 'ignored', line: record.line };
        continue;
      }
      yield { kind: 'row', result: validateChannelStatRow(toInput(record, format, resolved)) };
    }
  }
  return { ignoredColumns: header.ignoredColumns(), rows: rows() };
}

interface ResolvedColumns {
  readonly date: Column;
  readonly platform: Column | string;
  readonly account: Column | string;
  readonly metrics: Partial<Record<ChannelMetric, readonly Column[]>>;
}

function resolveColumns(header: Header, format: ChannelStatFormat, defaults: ChannelStatDefaults): ResolvedColumns {
  const date = header.find(format.dateColumns);
  if (date === undefined) throw fileError(`the header has no date column (${format.dateColumns.join(', ')}): is this a ${format.title} file?`, header.line);
  const platform = format.platform ?? header.find(format.platformColumns ?? []) ?? defaults.platform;
  if (platform === undefined || platform === '') {
    throw fileError(`the header has no platform column (${(format.platformColumns ?? []).join(', ')}) and no platform was given`, header.line);
  }
  const account = header.find(format.accountColumns ?? []) ?? defaults.account;
  if (account === undefined || account === '') {
    const columns = format.accountColumns === undefined ? '' : `the header has no account column (${format.accountColumns.join(', ')}) and `;
    throw fileError(`${columns}no account was given: platform exports do not name the account, so pass it (--account / ?account=)`, header.line);
  }
  const metrics: Partial<Record<ChannelMetric, readonly Column[]>> = {};
  for (const metric of CHANNEL_METRICS) {
    const columns = firstPresent(header, format.metrics[metric] ?? []);
    if (columns.length > 0) metrics[metric] = columns;
  }
  if (Object.keys(metrics).length === 0) {
    const expected = CHANNEL_METRICS.flatMap((m) => (format.metrics[m] ?? []).flat(2)).slice(0, 8);
    throw fileError(`none of the ${format.id} format's metric columns is in the header (e.g. ${expected.join(', ')}): is this a ${format.title} file?`, header.line);
  }
  return { date, platform, account, metrics };
}

/** The columns of the first alternative of which the header has at least one part. */
function firstPresent(header: Header, alternatives: readonly MetricParts[]): Column[] {
  for (const parts of alternatives) {
    const found = parts.flatMap((names) => header.find(names) ?? []);
    if (found.length > 0) return found;
  }
  return [];
}

function toInput(record: CsvRecord, format: ChannelStatFormat, columns: ResolvedColumns) {
  const metrics: Partial<Record<ChannelMetric, CellInput[]>> = {};
  for (const metric of CHANNEL_METRICS) {
    const cells = (columns.metrics[metric] ?? []).flatMap((column) => cellOf(record, column) ?? []);
    if (cells.length > 0) metrics[metric] = cells;
  }
  return {
    line: record.line,
    platform: fixedOrCell(record, columns.platform),
    account: fixedOrCell(record, columns.account),
    date: cellOf(record, columns.date),
    dateOrder: format.dateOrder,
    metrics,
  };
}

function fixedOrCell(record: CsvRecord, source: Column | string): CellInput | undefined {
  return typeof source === 'string' ? { column: null, text: source } : cellOf(record, source);
}
