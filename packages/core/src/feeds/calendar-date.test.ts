import { describe, it, expect } from 'vitest';
import { isIsoDate, parseCalendarDate } from './calendar-date';

describe('parseCalendarDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05日（火）', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['2024-03-05T08:00:00+08:00', '2024-03-05'],
    ['2019-05-01 00:00 Z', '2019-05-01'],
    ['Mar 5, 2024', '2024-03-05'],
    ['Tue, Mar 5, 2024', '2024-03-05'],
    ['March 5 2024', '2024-03-05'],
    ['5 Mar 2024', '2024-03-05'],
    ['Sept 9, 2024', '2024-09-09'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, value: expected });
  });

  it('reads slashed dates only in the order a format declares', () => {
    expect(parseCalendarDate('03/05/2024', 'mdy')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseCalendarDate('03/05/2024', 'dmy')).toEqual({ ok: true, value: '2024-05-03' });
    expect(parseCalendarDate('03/05/2024')).toMatchObject({ ok: false, reason: expect.stringMatching(/ambiguous/) });
  });

  it.each([
    ['', /empty/],
    ['2023-02-29', /not a day/],
    ['2024-13-01', /not a day/],
    ['2024-04-31', /not a day/],
    ['45356', /Excel serial/],
    ['1899-12-30', /outside/],
    ['yesterday', /not a date/],
    ['Foo 5, 2024', /unknown month/],
    ['13/13/2024', /ambiguous/],
  ])('refuses %j', (text, reason) => {
    const result = parseCalendarDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('validates a US date that does not exist', () => {
    expect(parseCalendarDate('02/30/2024', 'mdy').ok).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts only canonical existing days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024/02/01')).toBe(false);
  });
});
