import type { Parsed } from './numbers';

/**
 * How a date written with slashes and a year at the end (`03/04/2024`) is read: `mdy` for exports
 * known to write US dates (LinkedIn, Meta), `dmy` if a format ever needs it, and `ymd` (the
 * default) refuses them as ambiguous.
 */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// A time of day (and zone) after a date is accepted and dropped: the row is about the day the
// export printed, which is the platform's reporting day.
const TIME = String.raw`(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const KANJI = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*[(（][^)）]*[)）])?(?:\s.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, 'i');
const MONTH_FIRST = /^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_FIRST = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/;

/** Earliest and latest years accepted: anything outside is a misread column, not a cost date. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2099;

/**
 * A calendar day as `YYYY-MM-DD`, from the forms exports write: `2024-03-05`, `2024/3/5`,
 * `2024.03.05`, `2024年3月5日`, `20240305`, `Mar 5, 2024`, `Tue, Mar 5, 2024`, `5 Mar 2024`, and
 * with `order` `mdy`/`dmy` also `03/05/2024`. A time after the date is dropped. Excel serial
 * numbers (`45356`) are refused with a hint rather than guessed.
 *
 * @example parseCalendarDate('2024年3月5日') // { ok: true, value: '2024-03-05' }
 * @example parseCalendarDate('3/5/2024', 'mdy') // { ok: true, value: '2024-03-05' }
 */
export function parseCalendarDate(text: string, order: DateOrder = 'ymd'): Parsed<string> {
  const s = text.normalize('NFKC').trim().toLowerCase();
  if (s === '') return { ok: false, reason: 'is empty' };
  let m = YMD.exec(s) ?? KANJI.exec(s) ?? COMPACT.exec(s);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = MONTH_FIRST.exec(s))) return named(text, m[1] ?? '', Number(m[2]), Number(m[3]));
  if ((m = DAY_FIRST.exec(s))) return named(text, m[2] ?? '', Number(m[1]), Number(m[3]));
  if ((m = SLASHED.exec(s))) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (order === 'mdy') return checked(text, year, a, b);
    if (order === 'dmy') return checked(text, year, b, a);
    return { ok: false, reason: `"${text.trim()}" is ambiguous (month/day or day/month?): write it as YYYY-MM-DD` };
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    return { ok: false, reason: `"${text.trim()}" looks like an Excel serial number: format the column as a date (YYYY-MM-DD) before saving the CSV` };
  }
  return { ok: false, reason: `"${text.trim()}" is not a date (use YYYY-MM-DD)` };
}

function named(text: string, monthName: string, day: number, year: number): Parsed<string> {
  const month = MONTHS[monthName.slice(0, monthName === 'sept' ? 4 : 3)];
  if (month === undefined) return { ok: false, reason: `"${text.trim()}" is not a date (unknown month "${monthName}")` };
  return checked(text, year, month, day);
}

function checked(text: string, year: number, month: number, day: number): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `"${text.trim()}" is outside ${MIN_YEAR}-${MAX_YEAR}` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${text.trim()}" is not a day of the calendar` };
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * True when `text` is a canonical `YYYY-MM-DD` day of the calendar (for query parameters).
 *
 * @example isIsoDate('2024-02-30') // false
 */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseCalendarDate(text).ok;
}
