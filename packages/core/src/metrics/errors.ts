import { DomainError } from '../errors';

/**
 * Why: money in different currencies is never added, and guessing a rate would corrupt every
 * cost-per-contact; the caller must name the rate. The code is the shared `VALIDATION_FAILED` (an
 * input problem the caller can fix) until errors.ts gains metric codes; the issue path names the
 * option, and `currency` names the missing one.
 */
export class ExchangeRateMissingError extends DomainError {
  readonly currency: string;
  /** The calendar date of the amounts that needed the rate. */
  readonly date: string;

  constructor(currency: string, reportingCurrency: string, date: string) {
    super('VALIDATION_FAILED', `no exchange rate from ${currency} to ${reportingCurrency} for ${date}: pass exchangeRates.${currency} or dailyExchangeRates.${date}.${currency}`, [
      { path: `exchangeRates.${currency}`, code: 'VALIDATION_FAILED', message: `missing rate from ${currency} to ${reportingCurrency} for ${date}` },
    ]);
    this.name = 'ExchangeRateMissingError';
    this.currency = currency;
    this.date = date;
  }
}

/** A money metric was asked for without a reporting currency, or with a malformed rate. */
export class MetricOptionError extends DomainError {
  readonly option: string;

  constructor(option: string, message: string) {
    super('VALIDATION_FAILED', message, [{ path: option, code: 'VALIDATION_FAILED', message }]);
    this.name = 'MetricOptionError';
    this.option = option;
  }
}

/** A metric id that no definition has. */
export class MetricUnknownError extends DomainError {
  readonly metricId: string;

  constructor(metricId: string) {
    super('METRIC_NOT_FOUND', `unknown metric: ${metricId}`, [{ path: 'metric', code: 'METRIC_NOT_FOUND', message: `unknown metric: ${metricId}` }]);
    this.name = 'MetricUnknownError';
    this.metricId = metricId;
  }
}
