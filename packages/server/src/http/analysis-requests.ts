import type { z } from 'zod';
import type {
  AttributionRequestSchema,
  FunnelRequestSchema,
  ReachRequestSchema,
  ReferralRequestSchema,
  RetentionRequestSchema,
} from '@marketops/contracts';
import { DomainError, TREND_BUCKETS_LIMIT, bucketOf, bucketsBetween, daysBetween, isTimeZone, type AttributionSpec, type FunnelSpec, type Period, type ReachSpec, type ReferralSpec, type RetentionSpec, type WorkspaceSettings } from '@marketops/core';

/**
 * Request bodies (contracts' zod schemas) -> the core's analysis specs. The only additions are
 * the workspace's: its time zone (unless the request names one), its reporting currency for
 * money, and "now" as the instant from which incomplete periods are judged.
 */
type Dto<S extends z.ZodType> = z.output<S>;

/** The longest period any analysis or metric answers: ten years (and their leap days). */
export const MAX_PERIOD_DAYS = 3_653;
/** The most buckets (days, weeks or months) a bucketed answer has: the trend's limit, for every analysis. */
export const MAX_BUCKETS = TREND_BUCKETS_LIMIT;

/** Calendar days the analyses accept: the calendar code steps one day past the end, so 9999-12-31 cannot be. */
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '9998-12-31';

/**
 * Refuses a bucketed request with more than MAX_BUCKETS buckets (a day-by-day retention matrix of
 * ten years would keep the server busy for minutes), naming the interval and what to change. The
 * buckets are counted as the analyses make them (partial first and last weeks or months count).
 * Call after `requestPeriod` (at most ten years, so counting them is cheap).
 */
export function checkBucketCount(period: { from: string; to: string }, interval: 'day' | 'week' | 'month', path = 'interval'): void {
  const buckets = bucketsBetween(period.from, period.to, interval).length;
  if (buckets > MAX_BUCKETS) {
    const days = daysBetween(period.from, period.to) + 1;
    throw new DomainError('VALIDATION_FAILED', `${path}: ${days} days by ${interval} make ${buckets} buckets; at most ${MAX_BUCKETS}: choose a longer interval or a shorter period`, [
      { path, code: 'VALIDATION_FAILED', message: `${buckets} buckets; at most ${MAX_BUCKETS}` },
    ]);
  }
}

/** The period in the workspace's zone (or the request's), checked: real days, in order, within years 1900-9998 and ten years long at most, a known zone. */
export function requestPeriod(dto: { from: string; to: string; timeZone?: string | undefined }, settings: WorkspaceSettings): Period {
  const problems: { path: string; message: string }[] = [];
  for (const field of ['from', 'to'] as const) {
    try {
      bucketOf(dto[field], 'day'); // throws RangeError for a day the calendar does not have
    } catch {
      problems.push({ path: `period.${field}`, message: `${dto[field]} is not a day of the calendar` });
    }
  }
  for (const field of ['from', 'to'] as const) {
    if (problems.length === 0 && (dto[field] < FIRST_DAY || dto[field] > LAST_DAY)) problems.push({ path: `period.${field}`, message: `${dto[field]} is outside the days analyses cover (${FIRST_DAY} to ${LAST_DAY})` });
  }
  if (problems.length === 0 && dto.from > dto.to) problems.push({ path: 'period.to', message: `the period ends (${dto.to}) before it starts (${dto.from})` });
  if (problems.length === 0 && daysBetween(dto.from, dto.to) + 1 > MAX_PERIOD_DAYS) {
    problems.push({ path: 'period.from', message: `the period spans ${daysBetween(dto.from, dto.to) + 1} days; at most ${MAX_PERIOD_DAYS} (ten years) can be analysed at once` });
  }
  if (dto.timeZone !== undefined && !isTimeZone(dto.timeZone)) problems.push({ path: 'period.timeZone', message: `unknown time zone "${dto.timeZone}"; use an IANA name such as Asia/Shanghai` });
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems.map((p) => ({ ...p, code: 'VALIDATION_FAILED' as const })));
  }
  return { from: dto.from, to: dto.to, timeZone: dto.timeZone ?? settings.timeZone };
}

/** Drops keys whose value is undefined (the specs are `exactOptionalPropertyTypes`-safe). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function funnelSpec(dto: Dto<typeof FunnelRequestSchema>, settings: WorkspaceSettings): FunnelSpec {
  return defined({ ...dto, period: requestPeriod(dto.period, settings) }) as FunnelSpec;
}

export function retentionSpec(dto: Dto<typeof RetentionRequestSchema>, settings: WorkspaceSettings, now: Date): RetentionSpec {
  const period = requestPeriod(dto.period, settings);
  checkBucketCount(period, dto.interval);
  return defined({ ...dto, period, asOf: now }) as RetentionSpec;
}

export function attributionSpec(dto: Dto<typeof AttributionRequestSchema>, settings: WorkspaceSettings): AttributionSpec {
  return defined({ ...dto, period: requestPeriod(dto.period, settings) }) as AttributionSpec;
}

export function reachSpec(dto: Dto<typeof ReachRequestSchema>, settings: WorkspaceSettings): ReachSpec {
  const currency = settings.reportingCurrency === null ? undefined : { reportingCurrency: settings.reportingCurrency, exchangeRates: settings.exchangeRates };
  return defined({ ...dto, period: requestPeriod(dto.period, settings), currency }) as ReachSpec;
}

export function referralSpec(dto: Dto<typeof ReferralRequestSchema>, settings: WorkspaceSettings): ReferralSpec {
  const period = requestPeriod(dto.period, settings);
  checkBucketCount(period, dto.interval);
  return { ...dto, period };
}
