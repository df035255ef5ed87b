import type { MetricOptions } from '../metrics/compute';
import { dataset, track } from '../metrics/fixtures/builders';
import type { Dataset } from './dataset';
import type { TrendErrorCode } from './trend-error';
import type { TrendResult, TrendSpec } from './trend-spec';

/**
 * What the hand-computed trend cases (`trend-fixtures.ts`, `trend-fixtures-edges.ts`) share: their
 * shape, how a result is summarised to compare with them, and the period and builders they use.
 *
 * Calendar: UTC; the period is Monday 2 to Sunday 15 March 2026, two ISO weeks, so weekly buckets
 * are 03-02..03-08 and 03-09..03-15, and the previous period is 02-16..03-01 (14 days before).
 */
export interface ExpectedSeries {
  readonly name: string;
  readonly value: number | null;
  readonly buckets: readonly (number | null)[];
  readonly previous?: { readonly value: number | null; readonly buckets: readonly (number | null)[]; readonly change: number | null; readonly relativeChange: number | null };
  readonly mergedValues?: number;
}

export interface TrendCase {
  readonly name: string;
  readonly dataset: Dataset;
  readonly spec: TrendSpec;
  readonly options: MetricOptions;
  readonly expected: readonly ExpectedSeries[] | { readonly error: TrendErrorCode; readonly path: string };
}

/** The series of a result as the cases write them: name, value, bucket values (and previous ones). */
export function seriesSummary(result: TrendResult): ExpectedSeries[] {
  return result.series.map((s) => ({
    name: s.name,
    value: s.value.value,
    buckets: s.buckets.map((b) => b.value),
    ...(s.previous === undefined
      ? {}
      : { previous: { value: s.previous.value.value, buckets: s.previous.buckets.map((b) => b.value), change: s.previous.change, relativeChange: s.previous.relativeChange } }),
    ...(s.mergedValues === undefined ? {} : { mergedValues: s.mergedValues }),
  }));
}

const PERIOD = { from: '2026-03-02', to: '2026-03-15', timeZone: 'UTC' };
export const OPTIONS: MetricOptions = { asOf: new Date('2026-04-01T00:00:00Z'), reportingCurrency: 'CNY' };
export const at = (day: string, hour = 12): string => `2026-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
export const order = (who: string, when: string, id: string, extra: Parameters<typeof track>[4] = {}, props: Record<string, unknown> = {}) =>
  track(who, 'Order Completed', when, { order_id: id, ...props }, extra);
export const weekly = (spec: Omit<TrendSpec, 'period' | 'interval'>): TrendSpec => ({ period: PERIOD, interval: 'week', ...spec });
export const PAID_SEARCH = { kind: 'channel', test: { op: 'equals', value: 'paid search' } } as const;

/** Orders by channel, and one Referral order before the period (the channel breakdown's data, reused by the edges). */
export const ORDERS_BY_CHANNEL = dataset({
  events: [
    order('u:u1', at('03-03'), 'o1', { channel: 'Paid Search' }),
    order('u:u2', at('03-04'), 'o4', { channel: 'Email' }),
    order('u:u3', at('03-05'), 'o5', { channel: 'Direct' }),
    order('u:u1', at('03-10'), 'o2', { channel: 'Paid Search' }),
    order('u:u4', at('03-11'), 'o3', { channel: 'Paid Search' }),
    order('u:u5', at('02-20'), 'o6', { channel: 'Referral' }),
  ],
});
