import { shiftDate } from './core-demo';

/**
 * The first day of a demo run that ends yesterday in the company's time zone: `days` days
 * before `now`'s local date. Why yesterday: no simulated event may lie in the future of the
 * moment it is loaded, or ingestion would clamp it to the time of receipt.
 *
 * @example demoStartDate(new Date('2026-12-01T03:00:00Z'), 'Asia/Tokyo', 90) // '2026-09-02'
 */
export function demoStartDate(now: Date, timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return shiftDate(today, -days);
}
