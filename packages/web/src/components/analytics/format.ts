import type { Locale } from '@marketops/contracts';

/** The units a metric can have (contracts' KpiSchema). */
export type MetricUnit = 'count' | 'ratio' | 'currency' | 'currency-per-person' | 'score' | 'rank' | 'duration' | 'per-person';

const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', es: 'es-ES', ja: 'ja-JP', zh: 'zh-CN' };

/** The BCP 47 tag Intl formats with for a UI language. */
export function localeTag(locale: Locale): string {
  return LOCALE_TAGS[locale];
}

/**
 * A metric's value as a reader expects it in their language: counts grouped (`12,345`,
 * `12.345`), ratios as percentages, money with its currency's symbol and decimals, durations in
 * the largest fitting unit. `null` (no value: nothing to divide by, no data) is an em dash.
 *
 * @example formatMetricValue(0.1234, 'ratio', 'es') // '12,3 %'
 * @example formatMetricValue(19883.57, 'currency', 'zh', 'CNY') // '¥19,883.57'
 */
export function formatMetricValue(value: number | null | undefined, unit: string, locale: Locale, currency?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const tag = localeTag(locale);
  switch (unit) {
    case 'ratio':
      return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'currency':
    case 'currency-per-person':
      return currency
        ? new Intl.NumberFormat(tag, { style: 'currency', currency }).format(value)
        : new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
    case 'duration':
      return formatDuration(value, tag);
    case 'count':
    case 'rank':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
    default:
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
  }
}

/** Seconds as the largest unit that keeps the number readable: 45 s, 12.5 min, 3.2 h, 2.1 d. */
export function formatDuration(seconds: number, tag: string): string {
  const steps: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(seconds / size);
  }
  return new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }).format(seconds);
}

/** A relative change (0.12 → +12%), signed, for "vs previous period". */
export function formatChange(relative: number | null | undefined, locale: Locale): string {
  if (relative === null || relative === undefined || !Number.isFinite(relative)) return '—';
  return new Intl.NumberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(relative);
}

/**
 * A change of a ratio (0..1, shown as a percentage) in percentage points, signed, without the
 * unit: 0.023 -> '+2.3'; with `scale` 1, a change in the metric's own points (NPS 5 -> '+5'). Why points: a rate moving from 1.6% to 0.5% fell by 1.1 points; "-72%"
 * describes the same move as a relative change and reads as if the rate itself were -72%.
 */
export function formatPoints(change: number | null | undefined, locale: Locale, scale = 100): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: scale === 100 ? 1 : 2, signDisplay: 'exceptZero' }).format(change * scale);
}

/**
 * How a metric's change against the previous period reads: a rate in percentage points, a score
 * (NPS from -100 to 100, a 1-5 rating) in points of its own scale, since NPS moving from -10 to
 * 5 "fell 150%" relative to its previous value, and everything else relative to the previous value.
 */
export function changeStyle(unit: string | undefined): 'percentage-points' | 'score-points' | 'relative' {
  return unit === 'ratio' ? 'percentage-points' : unit === 'score' ? 'score-points' : 'relative';
}

/** A calendar day `YYYY-MM-DD` as the reader's short date (the day itself, no time-zone shift). */
export function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(localeTag(locale), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
