import { describe, it, expect } from 'vitest';
import type { CellInput } from './cells';
import { parseCostType } from './cost-types';
import { parseCurrency } from './currencies';
import { findFunctionByLabel, validateCostRow, type CostField } from './cost-row';

/** A row from column texts, each column named as the field itself. */
function row(values: Partial<Record<CostField, string>>, line = 2) {
  const cells: Partial<Record<CostField, CellInput>> = {};
  for (const [field, text] of Object.entries(values)) cells[field as CostField] = { column: field, text };
  return validateCostRow({ line, cells });
}

const good = { date: '2024-03-05', channel: ' WeChat ', cost_type: 'media', amount: '1,234.5', currency: 'cny' };

describe('validateCostRow', () => {
  it('normalises a valid row', () => {
    expect(row({ ...good, campaign: '春季发布', function: '公关', note: 'Q1', id: 'inv-7' })).toEqual({
      ok: true,
      value: {
        line: 2,
        date: '2024-03-05',
        channel: 'WeChat',
        campaign: '春季发布',
        costType: 'media',
        amount: '1234.50',
        currency: 'CNY',
        functionId: 'pr',
        note: 'Q1',
        id: 'inv-7',
      },
    });
  });

  it('makes blank optional cells null', () => {
    expect(row({ ...good, campaign: '  ', function: '', note: '' })).toMatchObject({
      ok: true,
      value: { campaign: null, functionId: null, note: null, id: null },
    });
  });

  it('accepts negative amounts (refunds, rebates)', () => {
    expect(row({ ...good, amount: '-200' })).toMatchObject({ ok: true, value: { amount: '-200.00' } });
  });

  it('reports every problem of the row with its line and column', () => {
    const result = validateCostRow({
      line: 9,
      cells: {
        date: { column: '日期', text: '2024-02-30' },
        channel: { column: '渠道', text: '' },
        cost_type: { column: '费用类型', text: 'lunch' },
        amount: { column: '金额', text: 'abc' },
        currency: { column: '币种', text: 'XYZ' },
        function: { column: '职能', text: 'telepathy' },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field, p.column])).toEqual([
      [9, 'date', '日期'],
      [9, 'channel', '渠道'],
      [9, 'cost_type', '费用类型'],
      [9, 'amount', '金额'],
      [9, 'currency', '币种'],
      [9, 'function', '职能'],
    ]);
    expect(result.problems.find((p) => p.field === 'currency')?.reason).toMatch(/ISO 4217/);
    expect(result.problems.find((p) => p.field === 'amount')?.reason).toMatch(/not a number/);
  });

  it('reports missing required cells', () => {
    const result = row({ channel: 'x' });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['date', 'cost_type', 'amount', 'currency']);
  });

  it('refuses an overlong note', () => {
    expect(row({ ...good, note: 'x'.repeat(2001) })).toMatchObject({ ok: false, problems: [{ field: 'note', reason: expect.stringMatching(/2000/) }] });
  });
});

describe('cost types, currencies and functions', () => {
  it.each([
    ['media', 'media'],
    ['Media Placement', 'media'],
    ['投放', 'media'],
    ['広告', 'media'],
    ['展会', 'event'],
    ['発表会', 'event'],
    ['Feria', 'event'],
    ['KOL', 'influencer'],
    ['インフルエンサー', 'influencer'],
    ['公关', 'pr'],
    ['Relaciones Públicas', 'pr'],
    ['物料', 'materials'],
    ['代理店', 'agency'],
    ['赞助', 'sponsorship'],
    ['その他', 'other'],
  ])('reads cost type %j as %j', (text, type) => {
    expect(parseCostType(text)).toBe(type);
  });

  it('reads currency codes and unambiguous aliases, never ¥ or $', () => {
    expect(parseCurrency('usd')).toBe('USD');
    expect(parseCurrency('ＪＰＹ')).toBe('JPY');
    expect(parseCurrency('RMB')).toBe('CNY');
    expect(parseCurrency('円')).toBe('JPY');
    expect(parseCurrency('€')).toBe('EUR');
    expect(parseCurrency('¥')).toBeNull();
    expect(parseCurrency('$')).toBeNull();
    expect(parseCurrency('XAU')).toBeNull();
  });

  it('finds functions by id or localized name', () => {
    expect(findFunctionByLabel('new-media')).toBe('new-media');
    expect(findFunctionByLabel('New media')).toBe('new-media');
    expect(findFunctionByLabel('Relaciones públicas')).toBe('pr');
    expect(findFunctionByLabel('nope')).toBeNull();
  });
});
