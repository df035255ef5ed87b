import type { AttributionSpec, FunnelSpec, Period, ReachSpec, RetentionSpec, TrendSpec } from '@marketops/core';
import { CHANNEL_MAP, EXCHANGE_RATES, TIME_ZONE } from './world';

/**
 * The five questions of the benchmark (issue 4 §6), as the core's specs the product runs and as
 * the parameters of the plain PostgreSQL files in bench/postgres/. All on the last month of the
 * data except retention, whose twelve weekly cohorts need twelve more weeks after them.
 */
export const JUNE: Period = { from: '2026-06-01', to: '2026-06-30', timeZone: TIME_ZONE };
export const REPORTING_CURRENCY = 'CNY';

export const FUNNEL_STEPS = { page: 'Pricing', signUp: 'Signed Up', checkout: 'Checkout Started', order: 'Order Completed' } as const;

/** Reach, frequency and cost per contact by channel and campaign, costs converted to CNY. */
export const REACH_SPEC: ReachSpec = {
  period: JUNE,
  channelMap: CHANNEL_MAP,
  currency: { reportingCurrency: REPORTING_CURRENCY, exchangeRates: EXCHANGE_RATES },
};

/** Pricing page -> Signed Up -> Checkout Started -> Order Completed, ordered, 7-day window. */
export const FUNNEL_SPEC: FunnelSpec = {
  period: JUNE,
  steps: [
    { target: { kind: 'page', name: FUNNEL_STEPS.page } },
    { target: { kind: 'event', event: FUNNEL_STEPS.signUp } },
    { target: { kind: 'event', event: FUNNEL_STEPS.checkout } },
    { target: { kind: 'event', event: FUNNEL_STEPS.order } },
  ],
  order: 'ordered',
  window: { value: 7, unit: 'day' },
};

/** First-time retention: weekly cohorts of sign-ups (12 weeks from Monday 2026-01-05), returning to any page, weeks 0..12. */
export const RETENTION_SPEC: RetentionSpec = {
  period: { from: '2026-01-05', to: '2026-03-29', timeZone: TIME_ZONE },
  interval: 'week',
  periods: 12,
  kind: 'first-time',
  mode: 'on',
  startEvent: { target: { kind: 'event', event: FUNNEL_STEPS.signUp } },
  returnEvent: { target: { kind: 'page' } },
  asOf: new Date('2026-07-01T00:00:00Z'),
};

/** Orders in June attributed over a 30-day lookback, every model (data-driven included). */
export const ATTRIBUTION_SPEC: AttributionSpec = {
  period: JUNE,
  conversion: { target: { kind: 'event', event: FUNNEL_STEPS.order } },
  lookbackDays: 30,
  halfLifeDays: 7,
};

/**
 * People active per day of June, broken down by channel (the metric `user-ops.active-users`): the
 * total, the ten largest channels and `(other)`, each per day and over the month.
 */
export const TREND_SPEC: TrendSpec = {
  metricId: 'user-ops.active-users',
  period: JUNE,
  interval: 'day',
  breakdown: { kind: 'channel' },
};
export const TREND_AS_OF = new Date('2026-07-01T00:00:00Z');
