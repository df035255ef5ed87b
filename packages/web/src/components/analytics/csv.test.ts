import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF and a byte order mark', () => {
    expect(toCsv(['channel', 'reach'], [['Paid Social', 1200], ['Email', 0]])).toBe('\uFEFFchannel,reach\r\nPaid Social,1200\r\nEmail,0\r\n');
  });

  it('quotes commas, quotes and line breaks, and keeps CJK text as is', () => {
    expect(toCsv(['name'], [['a,b'], ['say "hi"'], ['line\nbreak'], ['微信公众号']])).toBe('\uFEFFname\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n微信公众号\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("http://x")'], ['+1'], ['@SUM(A1)'], [-3]]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain('\r\n-3\r\n');
  });

  it('writes empty cells for null and undefined', () => expect(toCsv(['a', 'b', 'c'], [[null, undefined, true]])).toBe('\uFEFFa,b,c\r\n,,true\r\n'));
});

describe('exportFileName', () => {
  it('joins parts and removes characters file systems refuse', () =>
    expect(exportFileName(['reach', 'company/a', '2026-10-01:2026-10-31'], 'csv')).toBe('reach-company_a-2026-10-01_2026-10-31.csv'));
  it('has a fallback name', () => expect(exportFileName([], 'png')).toBe('marketops.png'));
});
