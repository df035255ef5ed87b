import { DomainError } from '../errors';

/**
 * Why an analysis spec cannot be answered. Stable codes: the HTTP edge maps them (all are the
 * caller's mistake, so a 400/422), and the SQL implementations raise the same ones.
 *
 * Why a subclass with its own code rather than new `DomainErrorCode`s: the shared error union is
 * owned outside this folder; these travel as `VALIDATION_FAILED` with `analysisCode` saying which.
 */
export const ANALYSIS_ERROR_CODES = {
  FUNNEL_STEPS_TOO_FEW: 'A funnel needs at least two steps.',
  WINDOW_INVALID: 'A conversion or lookback window must be a positive, finite duration.',
  RETENTION_PERIODS_INVALID: 'Retention needs a whole number of periods, at least 0.',
  HALF_LIFE_INVALID: 'The time-decay half-life must be positive and finite.',
  AMOUNT_INVALID: 'A cost amount or exchange rate is not an exact decimal.',
  EXCHANGE_RATE_MISSING: 'A cost is in a currency with no exchange rate to the reporting currency.',
} as const;

export type AnalysisErrorCode = keyof typeof ANALYSIS_ERROR_CODES;

export class AnalysisError extends DomainError {
  readonly analysisCode: AnalysisErrorCode;

  constructor(analysisCode: AnalysisErrorCode, message: string) {
    super('VALIDATION_FAILED', message, [{ path: '', code: 'VALIDATION_FAILED', message }]);
    this.name = 'AnalysisError';
    this.analysisCode = analysisCode;
  }
}
