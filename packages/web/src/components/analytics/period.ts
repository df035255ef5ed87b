/** A period of calendar days in the workspace's time zone, and the bucket size of its charts. */
export interface Period {
  from: string;
  to: string;
  interval: Interval;
}
export type Interval = 'day' | 'week' | 'month';
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One formatter per zone: creating one costs far more than using it, and pages ask on every render. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(key, format);
  }
  return format;
}

/** Today's calendar day in a time zone (the browser's when none is given). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const utc = now.toISOString().slice(0, 10);
  try {
    // Why parts, not a formatted string: no locale's date pattern is relied on.
    const parts = dayFormat(timeZone).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const day = `${part('year')}-${part('month')}-${part('day')}`;
    return isCalendarDay(day) ? day : utc;
  } catch {
    return utc; // Why: an unknown zone must not break the page; UTC is the safe fallback.
  }
}

/** The day `days` after (or before, when negative) a calendar day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar day (not 2026-02-30). */
export function isCalendarDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  return addDays(value, 0) === value;
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, today: string): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Calendar presets: targets are usually set per month or quarter, and such a period stays the same all month long. */
export type CalendarPreset = 'thisMonth' | 'lastMonth' | 'thisQuarter';
export const CALENDAR_PRESETS: readonly CalendarPreset[] = ['thisMonth', 'lastMonth', 'thisQuarter'];

/**
 * A calendar period around today: the month so far, the whole previous month, or the quarter so
 * far (each ends today when it contains today).
 *
 * @example calendarPeriod('lastMonth', '2026-03-15') // { from: '2026-02-01', to: '2026-02-28' }
 */
export function calendarPeriod(preset: CalendarPreset, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const firstOf = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  switch (preset) {
    case 'thisMonth':
      return { from: firstOf(y, m), to: today };
    case 'lastMonth':
      return { from: firstOf(y, m - 1), to: addDays(firstOf(y, m), -1) };
    case 'thisQuarter':
      return { from: firstOf(y, m - ((m - 1) % 3)), to: today };
  }
}

/**
 * The period a view's URL asks for, or the default (the last 30 days, by day) where the URL says
 * nothing. The server computes the dashboards for this default at start (its `app/warm-up.ts`):
 * a change here is to be made there too, or the first reader waits for every number again. A URL that names a broken period (an impossible day, `from` after `to`) is answered
 * with the default and a `problem`, so a mistyped shared link still opens a view and says why.
 */
export function periodFromSearch(search: URLSearchParams, today: string): { period: Period; problem?: 'invalid' } {
  const fallback: Period = { ...lastDays(30, today), interval: 'day' };
  const from = search.get('from');
  const to = search.get('to');
  const interval = search.get('interval');
  const chosenInterval = (INTERVALS as readonly string[]).includes(interval ?? '') ? (interval as Interval) : fallback.interval;
  if (from === null && to === null) return { period: { ...fallback, interval: chosenInterval } };
  if (!isCalendarDay(from) || !isCalendarDay(to) || from > to) return { period: { ...fallback, interval: chosenInterval }, problem: 'invalid' };
  return { period: { from, to, interval: chosenInterval } };
}
