import { describe, it, expect } from 'vitest';
import { parseAmount, parseCount } from './numbers';

describe('parseAmount', () => {
  it.each([
    ['1234.5', '1234.50'],
    ['1234.50', '1234.50'],
    ['1234', '1234.00'],
    ['0', '0.00'],
    ['.5', '0.50'],
    ['007.25', '7.25'],
    ['1,234.50', '1234.50'],
    ['12,345,678', '12345678.00'],
    ['-80', '-80.00'],
    ['(80.00)', '-80.00'],
    ['+12.3456', '12.3456'],
    ['12.3450', '12.345'],
    ['1.2万', '12000.00'],
    ['3.5 萬', '35000.00'],
    ['1亿', '100000000.00'],
    ['１２３．５', '123.50'],
    ['  99.9  ', '99.90'],
    ['\u221210', '-10.00'],
    ['0.00001万', '0.10'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /empty/],
    ['abc', /not a number/],
    ['12.34.5', /not a number/],
    ['1,23', /decimal separator/],
    ['1.234,50', /decimal separator/],
    ['12,5', /decimal separator/],
    ['¥1,000', /currency/],
    ['100 USD', /currency/],
    ['1.23456', /more than 4 decimal places/],
    ['123456789012345', /too large/],
    ['1e5', /not a number/],
    ['12%', /not a number/],
    ['(-5)', /not a number/],
  ])('refuses %j', (text, reason) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('keeps the largest numeric(18,4) value exactly', () => {
    expect(parseAmount('99999999999999.9999')).toEqual({ ok: true, value: '99999999999999.9999' });
  });
});

describe('parseCount', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1.2万', 12000],
    ['1.23万', 12300],
    ['2億', 200000000],
    ['12.0', 12],
    ['0', 0],
  ])('reads %j as %i', (text, expected) => {
    expect(parseCount(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses fractions, negatives and words', () => {
    expect(parseCount('12.5')).toMatchObject({ ok: false, reason: expect.stringMatching(/whole/) });
    expect(parseCount('1.23456万')).toMatchObject({ ok: false, reason: expect.stringMatching(/whole/) });
    expect(parseCount('-3')).toMatchObject({ ok: false, reason: expect.stringMatching(/negative/) });
    expect(parseCount('-3', { allowNegative: true })).toEqual({ ok: true, value: -3 });
    expect(parseCount('many')).toMatchObject({ ok: false });
    expect(parseCount('99999999999999999')).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});
