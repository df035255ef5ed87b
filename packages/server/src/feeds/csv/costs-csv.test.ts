import { describe, it, expect } from 'vitest';
import type { CostDraft, RowProblem, RowResult } from '@marketops/core';
import { openCostsFile } from './costs-csv';

async function parse(text: string) {
  const bad: RowProblem[] = [];
  const file = await openCostsFile(text, { onBadRecord: (p) => bad.push(p) });
  const rows: RowResult<CostDraft>[] = [];
  let ignored = 0;
  for await (const row of file.rows) {
    if (row.kind === 'row') rows.push(row.result);
    else ignored++;
  }
  return { rows, bad, ignored, ignoredColumns: file.ignoredColumns };
}

const values = (rows: RowResult<CostDraft>[]) => rows.map((r) => (r.ok ? r.value : null));

describe('costs CSV', () => {
  it('reads the canonical columns in any order and case, ignoring unknown ones', async () => {
    const { rows, ignoredColumns } = await parse(
      'Amount,CURRENCY,Date,Channel,Cost_Type,Campaign,Function,Note,ID,Owner\n' +
        '"1,234.5",cny,2024/3/5,WeChat,media,Spring,pr,"note, with comma",inv-1,Ana\n',
    );
    expect(values(rows)).toEqual([
      { line: 2, date: '2024-03-05', channel: 'WeChat', campaign: 'Spring', costType: 'media', amount: '1234.50', currency: 'CNY', functionId: 'pr', note: 'note, with comma', id: 'inv-1' },
    ]);
    expect(ignoredColumns).toEqual(['Owner']);
  });

  it.each([
    ['Chinese', '日期,渠道,活动,费用类型,金额,币种,职能,备注\n2024年3月5日,抖音,新品发布,达人,1.2万,人民币,新媒体,KOL合作\n'],
    ['Japanese', '日付,チャネル,キャンペーン,費用種別,金額,通貨,機能,備考\n2024/03/05,抖音,新品発表,インフルエンサー,12000,円,ニューメディア,協業\n'],
    ['Spanish', 'Fecha,Canal,Campaña,Tipo,Importe,Moneda,Función,Nota\n2024-03-05,Douyin,Lanzamiento,influencer,12000,EUR,new-media,colaboración\n'],
    ['Spanish with monto', 'fecha,canal,tipo de coste,monto,divisa\n2024-03-05,Douyin,influencer,12000,EUR\n'],
  ])('reads %s headers', async (_language, text) => {
    const [row] = values((await parse(text)).rows);
    expect(row).toMatchObject({ date: '2024-03-05', channel: expect.any(String), costType: 'influencer', amount: '12000.00' });
  });

  it('reads the Chinese example fully', async () => {
    const [row] = values((await parse('日期,渠道,活动,费用类型,金额,币种,职能,备注\n2024年3月5日,抖音,新品发布,达人,1.2万,人民币,新媒体,KOL合作\n')).rows);
    expect(row).toEqual({ line: 2, date: '2024-03-05', channel: '抖音', campaign: '新品发布', costType: 'influencer', amount: '12000.00', currency: 'CNY', functionId: 'new-media', note: 'KOL合作', id: null });
  });

  it('handles a BOM, CRLF and a quoted note spanning lines, with correct line numbers after it', async () => {
    const text = '\ufeffdate,channel,cost_type,amount,currency,note\r\n2024-03-05,PR Newswire,pr,500,USD,"line one\r\nline two"\r\n2024-03-06,X,media,abc,USD,\r\n';
    const { rows } = await parse(text);
    expect(rows[0]).toMatchObject({ ok: true, value: { note: 'line one\r\nline two' } });
    expect(rows[1]).toMatchObject({ ok: false, problems: [{ line: 4, field: 'amount', reason: '"abc" is not a number' }] });
  });

  it('reports unknown currencies, negative amounts are fine, non-numeric amounts are not', async () => {
    const { rows } = await parse('date,channel,cost_type,amount,currency\n2024-03-05,A,media,-20,CNY\n2024-03-05,A,media,20,XYZ\n2024-03-05,A,media,twenty,CNY\n');
    expect(rows.map((r) => (r.ok ? 'ok' : r.problems.map((p) => `${p.line}:${p.field}`).join()))).toEqual(['ok', '3:currency', '4:amount']);
  });

  it('ignores totals rows and blank rows, and hands rows of the wrong length to onBadRecord', async () => {
    const { rows, ignored, bad } = await parse('日期,渠道,费用类型,金额,币种\n2024-03-05,A,media,10,CNY\n合计,,,10,\n,,,,\n2024-03-05,A,media\n');
    expect(rows).toHaveLength(1);
    expect(ignored).toBe(2);
    expect(bad).toEqual([{ line: 5, field: 'row', reason: expect.stringMatching(/3 fields/) }]);
  });

  it('refuses an empty file and a file without a required column; a header-only file has no rows', async () => {
    await expect(parse('')).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/empty/) });
    await expect(parse('date,channel,amount,note\n2024-03-05,A,1,x\n')).rejects.toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: expect.stringMatching(/line 1: the header has no cost_type, currency columns/),
    });
    expect((await parse('date,channel,cost_type,amount,currency\r\n')).rows).toEqual([]);
  });

  it('refuses a header naming one column twice', async () => {
    await expect(parse('date,Date,channel,cost_type,amount,currency\n')).rejects.toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringMatching(/both named/) });
  });
});
