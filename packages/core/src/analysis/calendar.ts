import { TZDate } from '@date-fns/tz';

/**
 * Calendar arithmetic in a workspace's time zone. Analyses bucket by the workspace's calendar
 * days, weeks (Monday first, ISO 8601) and months, so a day is 23 or 25 hours long across a
 * daylight-saving change; all of that is decided here and nowhere else.
 *
 * A calendar date is `YYYY-MM-DD` text: no time, no zone. An instant is a `Date`.
 */
export type Interval = 'day' | 'week' | 'month';

export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1-12) and day of a calendar date; throws RangeError on anything else. */
export function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_TEXT.exec(date);
  if (match === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such day: ${date}`);
  }
  return { year, month, day };
}

/** True when `timeZone` is an IANA zone this runtime knows (or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return formatDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The first instant of a calendar date in `timeZone` (local midnight, or the first valid time). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/** A calendar date plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** A calendar date plus `months`, on the first of the month (used for month buckets). */
export function addMonths(date: string, months: number): string {
  const { year, month } = parseCalendarDate(date);
  const next = new Date(Date.UTC(year, month - 1 + months, 1));
  return formatDate(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The first calendar date of the day, ISO week (Monday) or month that `date` is in. */
export function bucketOf(date: string, interval: Interval): string {
  const { year, month, day } = parseCalendarDate(date);
  if (interval === 'day') return date;
  if (interval === 'month') return formatDate(year, month, 1);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The first calendar date of the bucket after the one starting at `bucket`. */
export function nextBucket(bucket: string, interval: Interval): string {
  if (interval === 'day') return addDays(bucket, 1);
  if (interval === 'week') return addDays(bucket, 7);
  return addMonths(bucket, 1);
}

/** Bucket starts covering the calendar dates `from`..`to` inclusive, in order. */
export function bucketsBetween(from: string, to: string, interval: Interval): string[] {
  const buckets: string[] = [];
  for (let bucket = bucketOf(from, interval); bucket <= to; bucket = nextBucket(bucket, interval)) buckets.push(bucket);
  return buckets;
}

/**
 * A reporting period: the calendar dates `from`..`to` inclusive in `timeZone`, as the half-open
 * range of instants [start, end) that analyses filter on.
 */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
}

export function periodInstants(period: Period): { start: Date; end: Date } {
  if (period.from > period.to) throw new RangeError(`period starts after it ends: ${period.from} > ${period.to}`);
  return { start: startOfLocalDay(period.from, period.timeZone), end: startOfLocalDay(addDays(period.to, 1), period.timeZone) };
}

/** The period of the same number of days right before `period` (for "previous period" comparisons). */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -length), to: addDays(period.from, -1), timeZone: period.timeZone };
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
