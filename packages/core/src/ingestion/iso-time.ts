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
  const fast = parseCanonical(text);
  if (fast !== undefined) return fast;
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  // Why no array and map: this runs several times per ingested message.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7];
  const millis = fraction === undefined ? 0 : Number(fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, '0'));
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;

  const sign = m[9] === '-' ? -1 : 1;
  const offsetMs = m[9] === undefined ? 0 : sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  if (year >= 100) return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs);
  // Why setUTCFullYear for years 0-99: Date.UTC maps them to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return new Date(date.getTime() - offsetMs);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The form nearly every SDK sends, `YYYY-MM-DDThh:mm:ss.sssZ` (`Date.prototype.toISOString`),
 * read digit by digit: `undefined` when the text is not exactly in that form (the general parser
 * decides), else the same answer the general parser gives. Why: the regular expression with its
 * match groups cost a sixth of the enrichment pipeline, and every message carries two or three
 * times.
 */
function parseCanonical(text: string): Date | null | undefined {
  if (text.length !== 24) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
  if (text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const millis = digits(text, 20, 3);
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
}

/** The number written by `length` ASCII digits at `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
