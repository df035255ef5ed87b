import { describe, it, expect } from 'vitest';
import { parseIsoTime } from './iso-time';

const iso = (text: string) => parseIsoTime(text)?.toISOString() ?? null;

describe('parseIsoTime', () => {
  it.each([
    ['2024-05-01T08:00:00.000Z', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01T08:00:00Z', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01t08:00:00z', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01 08:00:00Z', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01T08:00Z', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01T08:00:00+08:00', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T08:00:00+0800', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T08:00:00+08', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T08:00:00-03:30', '2024-05-01T11:30:00.000Z'],
    ['2024-05-01T08:00:00.123456789Z', '2024-05-01T08:00:00.123Z'],
    ['2024-05-01T08:00:00.5Z', '2024-05-01T08:00:00.500Z'],
    ['2024-05-01T08:00:00,25Z', '2024-05-01T08:00:00.250Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['  2024-05-01T08:00:00Z  ', '2024-05-01T08:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['0050-01-01', '0050-01-01T00:00:00.000Z'],
  ])('reads %j', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads a date-time without offset as UTC, whatever the host zone', () => {
    expect(iso('2024-05-01T08:00:00')).toBe('2024-05-01T08:00:00.000Z');
  });

  it.each([
    '',
    'now',
    'yesterday',
    'March 7 2020',
    '2024/05/01',
    '1714550400',
    '2024-5-1',
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-05-01T24:00:00Z',
    '2024-05-01T23:60:00Z',
    '2024-05-01T23:59:60Z',
    '2024-05-01T08:00:00+25:00',
    '2024-05-01T08:00:00Zjunk',
    '+275760-09-13T00:00:00Z',
    '２０２４-05-01',
  ])('rejects %j', (text) => {
    expect(parseIsoTime(text)).toBeNull();
  });
});

describe('parseIsoTime fast path for toISOString() texts', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  it('gives the general parser answer for every canonical-looking text, valid or not', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 999 }),
        (year, month, day, hour, minute, second, millis) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millis, 3)}Z`;
          // A leading space makes the text 25 characters long, so only the general parser reads it.
          expect(iso(text)).toBe(iso(` ${text}`));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses the same impossible dates as the general parser', () => {
    expect(iso('2023-02-29T00:00:00.000Z')).toBeNull();
    expect(iso('2024-13-01T00:00:00.000Z')).toBeNull();
    expect(iso('2024-01-01T24:00:00.000Z')).toBeNull();
    expect(iso('2024-01-01T00:00:60.000Z')).toBeNull();
    expect(iso('2024-01-01T0a:00:00.000Z')).toBeNull();
  });
});
