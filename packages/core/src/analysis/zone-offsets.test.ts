import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './calendar';
import { utcOffsetAt, utcOffsetSpans, type OffsetSpan } from './zone-offsets';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The local date by the spans' arithmetic, as an engine computes it: floor((ms + offset) / day). */
function dateBySpans(spans: readonly OffsetSpan[], ms: number): string | null {
  const span = spans.find((s) => ms >= s.startMs && ms < s.endMs);
  if (span === undefined) return null;
  return new Date(Math.floor((ms + span.offsetMs) / DAY) * DAY).toISOString().slice(0, 10);
}

describe('utcOffsetSpans', () => {
  it('cuts New York at its 2026 changes, to the millisecond', () => {
    const spans = utcOffsetSpans('America/New_York', Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-06-02T00:00:00Z'));
    const summer = spans.find((s) => s.startMs === Date.parse('2026-03-08T07:00:00Z'));
    expect(summer).toEqual({ startMs: Date.parse('2026-03-08T07:00:00Z'), endMs: Date.parse('2026-11-01T06:00:00Z'), offsetMs: -4 * HOUR });
    // One year before and after at least, contiguous, each span a different offset from the next.
    expect(spans[0]?.startMs).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(spans.at(-1)?.endMs).toBe(Date.parse('2028-01-01T00:00:00Z'));
    spans.slice(1).forEach((span, i) => {
      expect(span.startMs).toBe(spans[i]?.endMs);
      expect(span.offsetMs).not.toBe(spans[i]?.offsetMs);
    });
  });

  it('has one span for a zone without changes, and keeps odd offsets exact', () => {
    expect(utcOffsetSpans('Asia/Shanghai', Date.parse('2026-01-01'), Date.parse('2026-12-31'))).toEqual([
      { startMs: Date.parse('2025-01-01T00:00:00Z'), endMs: Date.parse('2028-01-01T00:00:00Z'), offsetMs: 8 * HOUR },
    ]);
    expect(utcOffsetAt('Asia/Kathmandu', Date.parse('2026-05-01T00:00:00Z'))).toBe(5.75 * HOUR);
    expect(utcOffsetAt('Australia/Lord_Howe', Date.parse('2026-01-01T00:00:00Z'))).toBe(11 * HOUR);
    expect(utcOffsetAt('Australia/Lord_Howe', Date.parse('2026-07-01T00:00:00Z'))).toBe(10.5 * HOUR);
    expect(utcOffsetAt('UTC', Date.parse('2026-07-01T00:00:00Z'))).toBe(0);
  });

  it('has no spans for a zone this runtime does not know', () => {
    expect(utcOffsetSpans('Mars/Olympus_Mons', Date.parse('2026-01-01'), Date.parse('2026-02-01'))).toEqual([]);
  });

  it('never starts before 1972', () => {
    expect(utcOffsetSpans('Europe/Madrid', Date.parse('1950-01-01'), Date.parse('1950-02-01'))[0]?.startMs).toBe(Date.UTC(1972, 0, 1));
  });

  it('gives every instant the local date that localDate gives, across zones and changes', () => {
    const zones = ['America/New_York', 'Europe/Madrid', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Tokyo', 'Pacific/Chatham', 'Africa/Casablanca', 'America/Mexico_City'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.parse('2015-01-01'), max: Date.parse('2030-01-01') }), (zone, ms) => {
        const spans = utcOffsetSpans(zone, ms, ms + 1);
        expect(dateBySpans(spans, ms)).toBe(localDate(new Date(ms), zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with localDate on both sides of every change', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Africa/Casablanca']) {
      const spans = utcOffsetSpans(zone, Date.parse('2024-01-01'), Date.parse('2026-01-01'));
      for (const span of spans) {
        for (const ms of [span.startMs, span.startMs + 1, span.endMs - 1]) expect(dateBySpans(spans, ms)).toBe(localDate(new Date(ms), zone));
      }
    }
  });
});
