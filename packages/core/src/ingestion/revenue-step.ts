import type { SegmentMessage } from './message';
import { ok, type IngestWarningCode, type StepOk } from './outcome';
import { asRecord, cleanText } from './values';

/** Revenue of a message, in its own currency. */
export interface RevenueFields {
  readonly revenue: number | null;
  /** ISO 4217 code, upper-case; only set together with a revenue. */
  readonly currency: string | null;
}

// A plain decimal: optional sign, digits, optional fraction. No thousands separators, because
// "1,234" is one thousand in en-US and 1.234 in de-DE; guessing would corrupt revenue.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Which events fall back to `total` and `value` when they have no `revenue`. */
export interface RevenueStepConfig {
  /** Event names, compared ignoring case and treating `_` as a space. Default `['Order Completed']`. */
  readonly fallbackEvents?: readonly string[];
}

/**
 * The revenue step, after Segment's spec. Never rejects: revenue problems are warnings.
 *
 * - Only `track` messages carry revenue. `properties.revenue` is read first; for `Order Completed`
 *   (Segment's e-commerce spec; name compared ignoring case, `_` as space) `total`, then `value`,
 *   are the fallbacks.
 * - A finite number, or a string holding a plain decimal (`"12.50"`), is accepted; negative values
 *   are kept (refunds). Anything else gives warning `revenue-not-numeric` and revenue null.
 * - `properties.currency` is trimmed and upper-cased and must be three letters (ISO 4217's shape;
 *   the code list itself is not checked), else warning `currency-invalid` and currency null.
 *   No default currency: null means "the workspace's currency", decided by analyses.
 *
 * @example createRevenueStep()({ type: 'track', event: 'Order Completed', userId: 'u', properties: { total: 99, currency: 'cny' } })
 * // ok({ revenue: 99, currency: 'CNY' })
 */
export function createRevenueStep(config: RevenueStepConfig = {}) {
  const fallbackEvents = new Set((config.fallbackEvents ?? ['Order Completed']).map(eventKey));

  return function revenueStep(message: SegmentMessage): StepOk<RevenueFields> {
    const properties = asRecord(message.properties);
    if (message.type !== 'track' || properties === undefined) return ok({ revenue: null, currency: null });

    const keys = fallbackEvents.has(eventKey(message.event)) ? ['revenue', 'total', 'value'] : ['revenue'];
    const key = keys.find((k) => properties[k] !== undefined && properties[k] !== null);
    if (key === undefined) return ok({ revenue: null, currency: null });

    const warnings: IngestWarningCode[] = [];
    const revenue = toNumber(properties[key]);
    if (revenue === null) {
      warnings.push('revenue-not-numeric');
      return ok({ revenue: null, currency: null }, warnings);
    }
    let currency: string | null = null;
    const rawCurrency = properties.currency;
    // Why blank counts as absent: trackers send `currency: ''` when the shop has none configured.
    if (rawCurrency !== undefined && rawCurrency !== null && !(typeof rawCurrency === 'string' && rawCurrency.trim() === '')) {
      const code = typeof rawCurrency === 'string' ? (cleanText(rawCurrency)?.toUpperCase() ?? '') : '';
      if (CURRENCY.test(code)) currency = code;
      else warnings.push('currency-invalid');
    }
    return ok({ revenue, currency }, warnings);
  };
}

function eventKey(event: string | undefined): string {
  return (event ?? '').trim().replace(/_/g, ' ').toLowerCase();
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!DECIMAL.test(text)) return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}
