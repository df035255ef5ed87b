import { DomainError } from '../errors';

/**
 * Why a trend cannot be answered. Every one is the caller's mistake, so it travels as
 * `VALIDATION_FAILED` (a 400 at the HTTP edge, exit code 3 in the CLI) with one issue whose path
 * names the part of the spec at fault (`filters.1`, `breakdown`, `period.to`, `interval`), and
 * `trendCode` saying which rule was broken. Both engines raise the same errors.
 *
 * Why not new `DomainErrorCode`s: the shared error union is owned outside the analyses (as for
 * `AnalysisError`); an unknown metric is the shared `METRIC_NOT_FOUND` (`MetricUnknownError`).
 */
export const TREND_ERROR_CODES = {
  TREND_PERIOD_INVALID: 'The period must be real calendar days, from <= to.',
  TREND_TOO_MANY_BUCKETS: 'The period has more buckets of this interval than a trend answers.',
  TREND_FILTER_NOT_APPLICABLE: 'A filter tests something the metric\'s data does not carry (a property or trait of a cost row, say).',
  TREND_BREAKDOWN_NOT_APPLICABLE: 'The breakdown splits by something the metric\'s data does not carry.',
  TREND_BREAKDOWN_TOO_MANY_VALUES: 'The breakdown has more distinct values in the period than a trend ranks.',
} as const;

export type TrendErrorCode = keyof typeof TREND_ERROR_CODES;

export class TrendError extends DomainError {
  readonly trendCode: TrendErrorCode;
  /** The part of the spec at fault, e.g. `filters.1`. */
  readonly path: string;

  constructor(trendCode: TrendErrorCode, path: string, message: string) {
    super('VALIDATION_FAILED', `${path}: ${message}`, [{ path, code: 'VALIDATION_FAILED', message }]);
    this.name = 'TrendError';
    this.trendCode = trendCode;
    this.path = path;
  }
}
