import { describe, expect, it } from 'vitest';
import { addDays, calendarPeriod, isCalendarDay, lastDays, periodFromSearch, todayIn } from './period';

describe('calendar helpers', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('knows impossible days', () => {
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
    expect(isCalendarDay('2026-12-31')).toBe(true);
  });
  it('takes today in the workspace zone, not the browser’s', () => {
    const instant = new Date('2026-10-31T20:00:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-01');
    expect(todayIn('America/Mexico_City', instant)).toBe('2026-10-31');
    expect(todayIn('Not/AZone', instant)).toBe('2026-10-31');
  });
  it('counts the last N days including today', () => expect(lastDays(7, '2026-10-07')).toEqual({ from: '2026-10-01', to: '2026-10-07' }));
});

describe('periodFromSearch', () => {
  const today = '2026-11-30';
  it('defaults to the last 30 days by day', () =>
    expect(periodFromSearch(new URLSearchParams(), today)).toEqual({ period: { from: '2026-11-01', to: '2026-11-30', interval: 'day' } }));
  it('reads the URL', () =>
    expect(periodFromSearch(new URLSearchParams('from=2026-10-01&to=2026-10-31&interval=week'), today)).toEqual({ period: { from: '2026-10-01', to: '2026-10-31', interval: 'week' } }));
  it('answers a broken period with the default and says so', () => {
    expect(periodFromSearch(new URLSearchParams('from=2026-10-31&to=2026-10-01'), today).problem).toBe('invalid');
    expect(periodFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-01'), today)).toMatchObject({ problem: 'invalid', period: { from: '2026-11-01' } });
    expect(periodFromSearch(new URLSearchParams('from=2026-10-01'), today).problem).toBe('invalid');
  });
  it('ignores an unknown interval', () => expect(periodFromSearch(new URLSearchParams('interval=year'), today).period.interval).toBe('day'));
});

describe('calendarPeriod', () => {
  it('gives the month so far, the whole previous month and the quarter so far', () => {
    expect(calendarPeriod('thisMonth', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(calendarPeriod('lastMonth', '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(calendarPeriod('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(calendarPeriod('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(calendarPeriod('thisQuarter', '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(calendarPeriod('thisQuarter', '2026-12-01')).toEqual({ from: '2026-10-01', to: '2026-12-01' });
    expect(calendarPeriod('thisMonth', '2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-07-01' });
  });
});
