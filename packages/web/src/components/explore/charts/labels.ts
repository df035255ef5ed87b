import type { Locale } from '@marketops/contracts';
import { formatDay, localeTag } from '../../analytics/format';
import type { Interval } from '../../analytics/period';

/**
 * A bucket's label on an axis: the day for days and weeks (the week's first day in the period),
 * month and year for months, in the reader's language.
 *
 * @example bucketLabel('2026-11-01', 'month', 'ja') // '2026年11月'
 */
export function bucketLabel(from: string, interval: Interval, locale: Locale): string {
  if (interval !== 'month') return formatDay(from, locale);
  const [y, m] = from.split('-').map(Number);
  if (!y || !m) return from;
  return new Intl.DateTimeFormat(localeTag(locale), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}
