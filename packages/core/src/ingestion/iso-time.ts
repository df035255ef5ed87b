/**
 * Strict ISO-8601 / RFC 3339 parsing for Segment time fields.
 *
 * Why not `Date.parse`: it accepts host-dependent formats ("March 7 2020", "2020/01/02"), reads a
 * date-time without offset in the server's local zone, and silently rolls "2024-02-30" over to
 * March 1. Ingestion must give the same answer on every host, so only these forms are accepted:
 *   `YYYY-MM-DD`                                      (midnight UTC)
 *   `YYYY-MM-DDThh:mm[:ss[.fraction]][Z|±hh[:mm]]`    (`T` may be a space; no offset means UTC)
 * Fractions beyond milliseconds are truncated. Leap seconds (`:60`) and `24:00` are not accepted.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * The instant an ISO-8601 text denotes, or `null` when it is not a valid date-time.
 *
 * @example parseIsoTime('2024-05-01T08:00:00+08:00')?.toISOString() // '2024-05-01T00:00:00.000Z'
 * @example parseIsoTime('2024-02-30') // null
 */
export function parseIsoTime(text: string): Date | null {
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;

  // Why setUTCFullYear: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const sign = m[9] === '-' ? -1 : 1;
  const offsetMs = m[9] === undefined ? 0 : sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return new Date(date.getTime() - offsetMs);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
