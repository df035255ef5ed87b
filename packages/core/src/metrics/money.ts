import { addDecimal, multiplyDecimal, parseDecimal, ZERO, type Decimal } from './decimal';
import { ExchangeRateMissingError, MetricOptionError } from './errors';

/**
 * Money in the metrics. Amounts of different currencies are never added: they are summed exactly
 * per currency, then each per-currency total is multiplied by the caller's rate to the reporting
 * currency and the products added, still exactly. Only the final division (cost per contact, AOV)
 * leaves exact arithmetic.
 *
 * Rates are how many units of the reporting currency one unit of a currency is worth, as plain
 * decimal strings (`'0.1372'`); the reporting currency itself needs no rate. Each amount is
 * converted at the rate of its date (the cost's date, or the order's calendar day in the period's
 * zone): `dailyExchangeRates[date][code]` when the caller gives one, else `exchangeRates[code]`.
 */
export interface MoneyOptions {
  /** ISO 4217 code the result is in; required once a money amount is summed. */
  readonly reportingCurrency?: string;
  /** One rate per currency, for every date without a daily rate. */
  readonly exchangeRates?: Readonly<Record<string, string>>;
  /** Rates per calendar date `YYYY-MM-DD`, then per currency ("the rate of the order date"). */
  readonly dailyExchangeRates?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Exact totals per currency code and calendar date, before conversion. */
export type CurrencyTotals = Map<string, Map<string, Decimal>>;

export function addToTotals(totals: CurrencyTotals, currency: string, date: string, amount: Decimal): void {
  let byDate = totals.get(currency);
  if (byDate === undefined) totals.set(currency, (byDate = new Map()));
  byDate.set(date, addDecimal(byDate.get(date) ?? ZERO, amount));
}

/** The reporting currency, upper-cased; a typed error when the caller gave none. */
export function reportingCurrencyOf(options: MoneyOptions): string {
  const code = options.reportingCurrency?.trim().toUpperCase();
  if (code === undefined || !/^[A-Z]{3}$/.test(code)) {
    throw new MetricOptionError('reportingCurrency', 'money metrics need a reportingCurrency (ISO 4217 code)');
  }
  return code;
}

/**
 * The exact sum of `totals` in the reporting currency. Throws ExchangeRateMissingError naming the
 * first currency and date (alphabetical, then by date) without a rate, so the message never depends
 * on data order.
 *
 * @example convertTotals(new Map([['USD', new Map([['2026-03-01', parseDecimal('10')!]])]]), { reportingCurrency: 'CNY', exchangeRates: { USD: '7.1' } }) // 71.0
 */
export function convertTotals(totals: CurrencyTotals, options: MoneyOptions): Decimal {
  const reporting = reportingCurrencyOf(options);
  let sum = ZERO;
  for (const currency of [...totals.keys()].sort()) {
    const byDate = totals.get(currency) ?? new Map<string, Decimal>();
    for (const date of [...byDate.keys()].sort()) {
      const amount = byDate.get(date) ?? ZERO;
      if (currency === reporting) {
        sum = addDecimal(sum, amount);
        continue;
      }
      const daily = options.dailyExchangeRates?.[date]?.[currency];
      const rateText = daily ?? options.exchangeRates?.[currency];
      if (rateText === undefined) throw new ExchangeRateMissingError(currency, reporting, date);
      const rate = parseDecimal(rateText);
      if (rate === null || rate.units <= 0n) {
        const option = daily === undefined ? `exchangeRates.${currency}` : `dailyExchangeRates.${date}.${currency}`;
        throw new MetricOptionError(option, `exchange rate for ${currency} is not a positive decimal: ${rateText}`);
      }
      sum = addDecimal(sum, multiplyDecimal(amount, rate));
    }
  }
  return sum;
}
