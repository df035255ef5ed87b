import { describe, it, expect } from 'vitest';
import { normaliseLabel, OFFLINE_CONTACT_FIELDS, type OfflineContactDraft, type RowProblem, type RowResult } from '@marketops/core';
import { OFFLINE_CONTACT_COLUMN_ALIASES, openOfflineContactsFile } from './offline-contacts-csv';

async function parse(text: string) {
  const bad: RowProblem[] = [];
  const file = await openOfflineContactsFile(text, {}, { onBadRecord: (p) => bad.push(p) });
  const rows: RowResult<OfflineContactDraft>[] = [];
  let ignored = 0;
  for await (const row of file.rows) {
    if (row.kind === 'row') rows.push(row.result);
    else ignored++;
  }
  return { rows, bad, ignored, ignoredColumns: file.ignoredColumns };
}

describe('offline-contacts CSV', () => {
  it('reads the canonical columns in any order and case, ignoring unknown ones and totals rows', async () => {
    const { rows, ignored, ignoredColumns } = await parse(
      'Email,Event_Name,DATE,event type,Phone,Name,Company,Title,City,Country,Campaign,Source,User ID,ID,Booth\n' +
        'Li@Example.cn,"Shanghai Auto Show 2026",2026-04-24,fair,+86 138 0013 8000,李伟,Acme,CTO,上海,CN,Spring,Organiser,crm-1,r1,B12\n' +
        'Total,,,,,,,,,,,,,,\n',
    );
    expect(rows).toEqual([
      {
        ok: true,
        value: {
          line: 2, date: '2026-04-24', eventName: 'Shanghai Auto Show 2026', eventType: 'fair', userId: 'crm-1', email: 'li@example.cn', phone: '+8613800138000',
          name: '李伟', company: 'Acme', title: 'CTO', city: '上海', country: 'CN', campaign: 'Spring', source: 'Organiser', id: 'r1',
        },
      },
    ]);
    expect(ignored).toBe(1);
    expect(ignoredColumns).toEqual(['Booth']);
  });

  it.each([
    ['Chinese', '日期,活动名称,活动类型,邮箱,手机,姓名,公司,职位,城市\n2026年4月24日,上海车展,展会,li@example.cn,13800138000,李伟,某公司,经理,上海\n', 'fair'],
    ['Japanese', '開催日,イベント名,イベント種別,メールアドレス,電話番号,氏名,会社名,役職\n2026/04/24,新製品発表会,発表会,li@example.jp,090-1234-5678,山田,株式会社A,部長\n', 'launch'],
    ['Spanish', 'Fecha,Nombre del evento,Tipo de evento,Correo electrónico,Teléfono,Nombre,Empresa,Cargo,Ciudad,País\n2026-04-24,Presentación,Rueda de prensa,ana@example.es,+34 600 000 000,Ana,ACME,CEO,Madrid,ES\n', 'press'],
  ])('reads %s headers and event types', async (_language, text, eventType) => {
    const { rows, ignoredColumns } = await parse(text);
    expect(rows).toMatchObject([{ ok: true, value: { date: '2026-04-24', eventType, email: expect.stringContaining('@'), phone: expect.any(String), name: expect.any(String) } }]);
    expect(ignoredColumns).toEqual([]);
  });

  it('refuses a header without the required columns or any identity column', async () => {
    await expect(parse('date,event_name,name\n2026-04-24,X,Li\n')).rejects.toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: expect.stringMatching(/no event_type column .* and none of the user_id, email, phone columns/),
    });
  });

  it('reports bad rows with their line and column', async () => {
    const { rows } = await parse('日期,活动名称,活动类型,邮箱\n2026-04-24,X,fair,a@b.co\n2026-13-01,X,picnic,not-an-email\n');
    expect(rows[1]).toEqual({
      ok: false,
      problems: [
        { line: 3, field: 'date', column: '日期', reason: expect.stringContaining('not a day of the calendar') },
        { line: 3, field: 'event_type', column: '活动类型', reason: expect.stringContaining('"picnic" is not an offline event type') },
        { line: 3, field: 'email', column: '邮箱', reason: '"not-an-email" is not an email address' },
      ],
    });
  });

  it('has no header name meaning two columns', () => {
    const labels = OFFLINE_CONTACT_FIELDS.flatMap((f) => [...new Set([f, ...OFFLINE_CONTACT_COLUMN_ALIASES[f]].map(normaliseLabel))]);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
});
