import { metricDecimal, metricMoney } from '@marketops/core';

/**
 * The core helpers the SQL engine reuses, under the names the engine uses: exact decimals, money
 * totals and conversion, and the URL host rule of `mentioned-referrer`. Why reuse: the SQL engine
 * must do the very arithmetic the reference does, to the unit.
 */
export const { addDecimal, decimalToNumber, formatDecimal, parseDecimal, ZERO } = metricDecimal;
export type Decimal = metricDecimal.Decimal;
export const { addToTotals, convertTotals, reportingCurrencyOf } = metricMoney;
export type CurrencyTotals = metricMoney.CurrencyTotals;
export { referrerHostOf as hostOf, periodOpen, ratioValue, type MeasureValue } from '@marketops/core';
