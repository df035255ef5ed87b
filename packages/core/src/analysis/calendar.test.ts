import { describe, expect, it } from 'vitest';
import { addDays, bucketOf, bucketsBetween, daysBetween, localDate, periodInstants, previousPeriod, startOfLocalDay } from './calendar';

describe('calendar', () => {
  it('puts an instant on the local day of the zone', () => {
    const instant = new Date('2026-03-01T16:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-01');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(localDate(instant, 'America/Mexico_City')).toBe('2026-03-01');
  });

  it('gives 23- and 25-hour days across daylight-saving changes', () => {
    const spring = periodInstants({ from: '2026-03-29', to: '2026-03-29', timeZone: 'Europe/Madrid' });
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = periodInstants({ from: '2026-10-25', to: '2026-10-25', timeZone: 'Europe/Madrid' });
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
    expect(startOfLocalDay('2026-03-29', 'Europe/Madrid').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('starts weeks on Monday and months on the first', () => {
    expect(bucketOf('2026-11-22', 'week')).toBe('2026-11-16'); // a Sunday
    expect(bucketOf('2026-11-23', 'week')).toBe('2026-11-23'); // a Monday
    expect(bucketOf('2026-11-22', 'month')).toBe('2026-11-01');
    expect(bucketsBetween('2026-01-30', '2026-03-02', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(bucketsBetween('2026-11-20', '2026-11-24', 'day')).toHaveLength(5);
  });

  it('does calendar arithmetic without time zones', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' })).toEqual({ from: '2026-10-02', to: '2026-10-31', timeZone: 'UTC' });
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/no such day/);
    expect(() => bucketOf('2026/02/01', 'day')).toThrow(/YYYY-MM-DD/);
    expect(() => periodInstants({ from: '2026-02-02', to: '2026-02-01', timeZone: 'UTC' })).toThrow(/starts after/);
  });
});
