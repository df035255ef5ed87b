import { TZDate } from '@date-fns/tz';

/**
 * The simulated days: calendar dates in the company's time zone, their weekday, and the instant
 * each starts. Why an instant per day rather than per event: a day's events are placed by
 * seconds after local midnight, and computing a zone offset per event would dominate the cost
 * of generating millions of them. On a daylight-saving change day the events after the change
 * are an hour off their intended local hour, which no KPI notices; the three demo zones
 * (Shanghai, Tokyo, Mexico City) have no daylight saving anyway.
 */
export interface DemoDay {
  readonly index: number;
  /** `YYYY-MM-DD` in the company's zone. */
  readonly date: string;
  /** 0 = Monday ... 6 = Sunday. */
  readonly weekday: number;
  /** Epoch milliseconds of local midnight. */
  readonly startMs: number;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The `days` calendar days from `start` (inclusive) in `timeZone`. Throws RangeError for a
 * malformed start date or a non-positive number of days.
 *
 * @example demoDays('2026-03-02', 2, 'Asia/Tokyo')[1] // { index: 1, date: '2026-03-03', weekday: 1, startMs: ... }
 */
export function demoDays(start: string, days: number, timeZone: string): DemoDay[] {
  const match = DATE_TEXT.exec(start);
  if (match === null) throw new RangeError(`start must be a calendar date YYYY-MM-DD, not "${start}"`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number >= 1, not ${days}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const first = new Date(Date.UTC(year, month, day));
  if (first.getUTCMonth() !== month || first.getUTCDate() !== day) throw new RangeError(`no such day: ${start}`);
  const out: DemoDay[] = [];
  for (let i = 0; i < days; i++) {
    const utc = new Date(Date.UTC(year, month, day + i));
    const date = utc.toISOString().slice(0, 10);
    const local = new TZDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), timeZone);
    out.push({ index: i, date, weekday: (utc.getUTCDay() + 6) % 7, startMs: local.getTime() });
  }
  return out;
}

/** The date `days` after `date` (negative goes back). */
export function shiftDate(date: string, days: number): string {
  const match = DATE_TEXT.exec(date);
  if (match === null) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)).toISOString().slice(0, 10);
}
