import {
  OFFLINE_CONTACT_FIELDS,
  REQUIRED_OFFLINE_CONTACT_FIELDS,
  validateOfflineContactRow,
  type CellInput,
  type OfflineContactDraft,
  type OfflineContactField,
  type OfflineContactRowOptions,
} from '@marketops/core';
import type { CsvSource } from './decode';
import { cellOf, fileError, isSummaryRow, type Column } from './header';
import { openTable, type FileRow, type OpenedFile } from './open-table';
import type { ReadCsvOptions } from './read-csv';

/**
 * Header names accepted for each column of an offline-contacts file besides the canonical one, in
 * English, Chinese, Japanese and Spanish; compared ignoring case, width, accents and
 * `_`/`-`/spaces. docs/feeds.md documents the same table.
 */
export const OFFLINE_CONTACT_COLUMN_ALIASES: Readonly<Record<OfflineContactField, readonly string[]>> = {
  date: ['date', 'day', 'event date', '日期', '活动日期', '日付', '開催日', 'fecha', 'fecha del evento'],
  event_name: ['event name', 'event', '活动名称', '活动', '展会名称', 'イベント名', 'イベント', 'nombre del evento', 'evento'],
  event_type: ['event type', 'type', '活动类型', '类型', 'イベント種別', '種別', 'tipo de evento', 'tipo'],
  user_id: ['user id', 'userid', 'customer id', '用户id', '用户编号', '会员id', 'ユーザーid', '顧客id', 'id de usuario', 'id usuario'],
  email: ['email', 'e-mail', 'email address', 'mail', '邮箱', '电子邮箱', '电子邮件', 'メール', 'メールアドレス', 'correo', 'correo electronico'],
  phone: ['phone', 'mobile', 'telephone', 'tel', '手机', '手机号', '电话', '電話', '電話番号', '携帯', '携帯番号', 'telefono', 'movil', 'celular'],
  name: ['name', 'full name', 'contact name', '姓名', '名字', '联系人', '氏名', '名前', 'nombre', 'nombre completo'],
  company: ['company', 'organisation', 'organization', '公司', '单位', '公司名称', '会社', '会社名', '企業名', 'empresa', 'compania'],
  title: ['title', 'job title', 'position', '职位', '职务', '役職', '肩書', 'cargo', 'puesto'],
  city: ['city', '城市', '市', '都市', 'ciudad'],
  country: ['country', '国家', '国家/地区', '国', '国名', 'pais'],
  campaign: ['campaign', 'campaign name', '营销活动', '活动名', 'キャンペーン', 'campaña', 'campana'],
  source: ['source', 'organiser', 'organizer', '来源', '主办方', '主催', '主催者', 'ソース', 'fuente', 'organizador', 'origen'],
  id: ['id', 'row id', 'contact id', '编号', '番号', 'identificador'],
};

/**
 * Opens an offline-contacts file: finds its columns (failing with IMPORT_FILE_INVALID when a
 * required one is missing, or when none of user_id, email, phone is there) and validates its rows
 * one by one as they stream in.
 *
 * @example
 * const file = await openOfflineContactsFile(text, { latestDate: '2026-04-24' }, { onBadRecord });
 * for await (const row of file.rows) ...
 */
export async function openOfflineContactsFile(
  source: CsvSource,
  rowOptions: OfflineContactRowOptions,
  options: ReadCsvOptions,
): Promise<OpenedFile<OfflineContactDraft>> {
  const { header, records } = await openTable(source, options);
  const columns: Partial<Record<OfflineContactField, Column>> = {};
  for (const field of OFFLINE_CONTACT_FIELDS) {
    const column = header.find([field, ...OFFLINE_CONTACT_COLUMN_ALIASES[field]]);
    if (column !== undefined) columns[field] = column;
  }
  const missing = REQUIRED_OFFLINE_CONTACT_FIELDS.filter((field) => columns[field] === undefined);
  const noIdentity = columns.user_id === undefined && columns.email === undefined && columns.phone === undefined;
  if (missing.length > 0 || noIdentity) {
    await records.return(undefined);
    const reasons = [
      ...(missing.length > 0 ? [`no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (required: ${REQUIRED_OFFLINE_CONTACT_FIELDS.join(', ')})`] : []),
      ...(noIdentity ? ['none of the user_id, email, phone columns (at least one is needed to name each attendee)'] : []),
    ];
    throw fileError(`the header has ${reasons.join(' and ')}; see docs/feeds.md for accepted names`, header.line);
  }
  const dateIndex = columns.date?.index ?? 0;
  async function* rows(): AsyncGenerator<FileRow<OfflineContactDraft>> {
    for await (const record of records) {
      if (isSummaryRow(record, dateIndex)) {
        yield { kind: 'ignored', line: record.line };
        continue;
      }
      const cells: Partial<Record<OfflineContactField, CellInput>> = {};
      for (const field of OFFLINE_CONTACT_FIELDS) {
        const cell = cellOf(record, columns[field]);
        if (cell !== undefined) cells[field] = cell;
      }
      yield { kind: 'row', result: validateOfflineContactRow({ line: record.line, cells }, rowOptions) };
    }
  }
  return { ignoredColumns: header.ignoredColumns(), rows: rows() };
}
