import type { MetricOptions, MoneySumMeasure } from '@marketops/core';
import { bucketOpen, cellIndexSql, cellOf, rowsByBucket, settle, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { filterSql, keySql } from '../condition-sql';
import { addToTotals, convertTotals, decimalToNumber, parseDecimal, periodOpen, reportingCurrencyOf, type CurrencyTotals, type Decimal, type MeasureValue } from '../core-internals';
import { jsNumberText, jsonMember, memberString } from '../json-sql';
import type { QueryBuilder } from '../query-builder';
import { textOrNull } from '../reader';
import { builderFor, runRows, type SqlEvalContext } from '../sql-context';

/**
 * `money-sum` in SQL: per dedupe key the first passing event in the period (event order), its
 * amount kept as exact decimal text, summed per (currency text, local day) as DECIMAL(38,18),
 * which is exact for every amount with at most 12 integer and 18 fraction digits (10M of them
 * cannot overflow it). Other amounts (longer, or a number printed with an exponent) come back as
 * text and are added in JavaScript, still exactly. Trimming and upper-casing the currency also
 * happen in JavaScript, on the few distinct currency texts, so they are the reference's own.
 */

const PLAIN_DECIMAL = `'-?[0-9]+([.][0-9]+)?'`;
const FITS = `'-?[0-9]{1,12}([.][0-9]{1,18})?'`;

/** The exact value of a JSON number's text, exponent included (`1.5e-7`, `1e+21`). */
function exactNumberText(text: string): Decimal | null {
  const match = /^(-?\d+(?:\.\d+)?)e([+-]?\d+)$/i.exec(text);
  if (match === null) return parseDecimal(text);
  const mantissa = parseDecimal(match[1]);
  if (mantissa === null) return null;
  const exponent = Number(match[2]);
  const scale = mantissa.scale - exponent;
  return scale >= 0 ? { units: mantissa.units, scale } : { units: mantissa.units * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * The statement of the amounts: per dedupe key its first passing event (event order) in the
 * period, amounts summed per (currency text, local day), with `bucket` (an SQL expression of the
 * bucket index) per (bucket, key) and per (bucket, currency text, local day) instead.
 */
function amountRowsSql(q: QueryBuilder, measure: MoneySumMeasure, bucket?: string): string {
  const amount = jsonMember('properties', [measure.amount], q.params);
  // Why strings only as `-?digits[.digits]`: formula.ts says so (the reference also trims and
  // accepts a `+`; reported). JSON numbers are any finite number, at their exact printed value.
  const amountText = `CASE WHEN ${amount.type} = 'VARCHAR' AND regexp_full_match(${amount.raw}, ${PLAIN_DECIMAL}) THEN ${amount.raw}
    WHEN ${amount.type} IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN ${jsNumberText(amount.raw)} END`;
  const currency = memberString(jsonMember('properties', [measure.currency], q.params));
  const by = bucket === undefined ? '' : 'b, ';
  // Why the CASE inside the CAST: DuckDB casts every row of an aggregate's input before its
  // FILTER applies, so an amount that does not fit must never reach the cast.
  return `SELECT ${by}cur, day,
            CAST(sum(CAST(CASE WHEN fits THEN amount END AS DECIMAL(38, 18))) AS VARCHAR) AS total,
            list(amount) FILTER (WHERE NOT fits) AS odd
       FROM (
         SELECT ${by}f.cur AS cur, f.day AS day, f.amount AS amount, regexp_full_match(f.amount, ${FITS}) AS fits
           FROM (
             SELECT ${by}arg_min({'amount': ${amountText}, 'cur': ${currency}, 'day': CAST(${q.localDate()} AS VARCHAR)}, (ts, message_id)) AS f
               FROM (SELECT *, ${keySql(measure.dedupe, q)} AS k${bucket === undefined ? '' : `, ${bucket} AS b`} FROM ev WHERE ${q.inPeriod()} AND ${filterSql(measure.filter, q)})
              WHERE k IS NOT NULL
              GROUP BY ${by}k
           )
          WHERE f.amount IS NOT NULL
       )
      GROUP BY ${by}cur, day`;
}

/** The exact sum of the amount rows in the reporting currency (the reference's trimming, upper-casing and conversion). */
function moneyOf(rows: readonly Record<string, unknown>[], options: MetricOptions): { value: number; money: Decimal } {
  const reporting = reportingCurrencyOf(options);
  const totals: CurrencyTotals = new Map();
  for (const row of rows) {
    const raw = textOrNull(row['cur']);
    const code = raw !== null && raw.trim() !== '' ? raw.trim().toUpperCase() : reporting;
    const day = textOrNull(row['day']) ?? '';
    const parts = [textOrNull(row['total']), ...((row['odd'] as unknown[] | null) ?? []).map(textOrNull)];
    for (const text of parts) {
      if (text === null) continue;
      const value = exactNumberText(text);
      if (value === null) throw new RangeError(`money-sum: DuckDB returned an amount that is not a decimal: ${text}`);
      addToTotals(totals, code, day, value);
    }
  }
  const sum = convertTotals(totals, options);
  return { value: decimalToNumber(sum), money: sum };
}

/** `money-sum` for one period. */
export async function moneySumSql(ctx: SqlEvalContext, measure: MoneySumMeasure): Promise<MeasureValue> {
  reportingCurrencyOf(ctx.options);
  const q = await builderFor(ctx, measure);
  const rows = await runRows(ctx, q, amountRowsSql(q, measure));
  return { ...moneyOf(rows, ctx.options), provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}

/** `money-sum` per bucket in one query: each bucket's own first event per dedupe key, summed and converted. */
export async function moneySumByBucketSql(ctx: SqlBucketsContext, measure: MoneySumMeasure): Promise<BucketValue[]> {
  reportingCurrencyOf(ctx.whole.options);
  const q = await builderFor(ctx.whole, measure);
  const rows = await rowsByBucket(ctx, q, amountRowsSql(q, measure, cellIndexSql(q, ctx)));
  return rows.map((bucket, i) => settle(() => ({ ...moneyOf(bucket, cellOf(ctx, i).options), provisional: bucketOpen(ctx, i) })));
}
