import { TZDate } from '@date-fns/tz';

/**
 * A time zone's UTC offset as constant spans of time, so that an engine can find an instant's
 * local date with addition instead of a time-zone library call per row (DuckDB's ICU
 * `timezone()` costs about 14 times a scan at 10M rows). The offsets come from the same source as
 * `localDate` (this runtime's time-zone data through `TZDate`), so both agree by construction.
 */
export interface OffsetSpan {
  /** First instant of the span, epoch milliseconds. */
  readonly startMs: number;
  /** The instant right after it, epoch milliseconds. */
  readonly endMs: number;
  /** Local wall-clock time minus UTC during the span, in milliseconds (UTC+8: 28,800,000). */
  readonly offsetMs: number;
}

const DAY_MS = 86_400_000;
/** Zone and year range -> spans (years are whole, so one entry serves every period in them); oldest evicted first. */
const SPAN_CACHE_LIMIT = 256;
const cache = new Map<string, readonly OffsetSpan[]>();

/** `timeZone`'s UTC offset at an instant, in milliseconds, read from its local wall-clock time. */
export function utcOffsetAt(timeZone: string, ms: number): number {
  const local = new TZDate(ms, timeZone);
  const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds());
  return wall - ms;
}

/**
 * The spans of constant offset that cover at least [fromMs, toMs): from January 1st (UTC) of
 * the year before `fromMs` to January 1st of the second year after `toMs`, never before 1972
 * (where zones still had offsets in seconds and instants are near the epoch). Transitions are
 * found by sampling every 6 hours (no zone changes its offset twice within 6 hours) and then
 * searching to the millisecond. An unknown zone has no spans.
 *
 * @example
 * utcOffsetSpans('America/New_York', Date.parse('2026-06-01'), Date.parse('2026-06-02'))
 * // [..., { startMs: 2026-03-08T07:00Z, endMs: 2026-11-01T06:00Z, offsetMs: -14_400_000 }, ...]
 */
export function utcOffsetSpans(timeZone: string, fromMs: number, toMs: number): readonly OffsetSpan[] {
  const firstYear = Math.max(1972, new Date(fromMs).getUTCFullYear() - 1);
  const lastYear = Math.max(firstYear + 1, new Date(toMs).getUTCFullYear() + 2);
  const key = `${timeZone}|${firstYear}|${lastYear}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const start = Date.UTC(firstYear, 0, 1);
  // Why none for an unknown zone (its offset is NaN): callers fall back to their engine's own zone rules and its error.
  const spans = Number.isFinite(utcOffsetAt(timeZone, start)) ? findSpans(timeZone, start, Date.UTC(lastYear, 0, 1)) : [];
  if (cache.size >= SPAN_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, spans);
  return spans;
}

const STEP_MS = DAY_MS / 4;

function findSpans(timeZone: string, startMs: number, endMs: number): OffsetSpan[] {
  const spans: OffsetSpan[] = [];
  let spanStart = startMs;
  let offset = utcOffsetAt(timeZone, startMs);
  for (let at = startMs; at < endMs; ) {
    const next = Math.min(at + STEP_MS, endMs);
    const nextOffset = next < endMs ? utcOffsetAt(timeZone, next) : offset;
    if (nextOffset !== offset) {
      const change = firstInstantWith(timeZone, at, next, nextOffset);
      spans.push({ startMs: spanStart, endMs: change, offsetMs: offset });
      spanStart = change;
      offset = nextOffset;
    }
    at = next;
  }
  spans.push({ startMs: spanStart, endMs, offsetMs: offset });
  return spans;
}

/** The first millisecond in (low, high] whose offset is `offset`, given that `high`'s is. */
function firstInstantWith(timeZone: string, low: number, high: number, offset: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (utcOffsetAt(timeZone, mid) === offset) hi = mid;
    else lo = mid;
  }
  return hi;
}
