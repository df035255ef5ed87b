import { DEFAULT_FUNNEL_WINDOW, DEFAULT_TOUCH_EVENTS, durationMs, NON_ACTIVITY_EVENTS, periodInstants, TREND_SERIES_LIMIT } from '@marketops/core';
import type { AnalysisName } from './duckdb-side';
import { ATTRIBUTION_SPEC, FUNNEL_SPEC, FUNNEL_STEPS, REACH_SPEC, REPORTING_CURRENCY, RETENTION_SPEC, TREND_SPEC } from './specs';
import { TIME_ZONE, WORKSPACE } from './world';

const MS_PER_HOUR = 3_600_000;

/** A text[] literal (`{"a","b"}`) for a `:'name'::text[]` parameter. */
const textArray = (values: Iterable<string>): string => `{${[...values].map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

function period(p: { from: string; to: string; timeZone: string }): { period_start: string; period_end: string } {
  const { start, end } = periodInstants(p);
  return { period_start: start.toISOString(), period_end: end.toISOString() };
}

/**
 * Each analysis as a file of bench/postgres/ and the values of its parameters: the same questions
 * as the specs the product runs (specs.ts). Durations go as hours, so that PostgreSQL adds elapsed
 * time whatever the session's zone, as the product does.
 */
export const POSTGRES_ANALYSES: { readonly [K in AnalysisName]: { readonly file: string; readonly values: Readonly<Record<string, string | number>> } } = {
  reach: {
    file: 'reach.sql',
    values: { workspace: WORKSPACE, ...period(REACH_SPEC.period), period_from: REACH_SPEC.period.from, period_to: REACH_SPEC.period.to, reporting_currency: REPORTING_CURRENCY },
  },
  funnel: {
    file: 'funnel.sql',
    values: {
      workspace: WORKSPACE,
      ...period(FUNNEL_SPEC.period),
      window: `${durationMs(FUNNEL_SPEC.window ?? DEFAULT_FUNNEL_WINDOW) / MS_PER_HOUR} hours`,
      step1_page: FUNNEL_STEPS.page,
      step2_event: FUNNEL_STEPS.signUp,
      step3_event: FUNNEL_STEPS.checkout,
      step4_event: FUNNEL_STEPS.order,
    },
  },
  retention: {
    file: 'retention.sql',
    values: {
      workspace: WORKSPACE,
      time_zone: TIME_ZONE,
      ...period(RETENTION_SPEC.period),
      periods: RETENTION_SPEC.periods,
      start_event: FUNNEL_STEPS.signUp,
    },
  },
  attribution: {
    file: 'attribution.sql',
    values: {
      workspace: WORKSPACE,
      ...period(ATTRIBUTION_SPEC.period),
      conversion_event: FUNNEL_STEPS.order,
      lookback: `${(ATTRIBUTION_SPEC.lookbackDays ?? 30) * 24} hours`,
      half_life_ms: (ATTRIBUTION_SPEC.halfLifeDays ?? 7) * 24 * MS_PER_HOUR,
      touch_events: textArray(ATTRIBUTION_SPEC.touchEvents ?? DEFAULT_TOUCH_EVENTS),
    },
  },
  trend: {
    file: 'trend-by-channel.sql',
    values: { workspace: WORKSPACE, ...period(TREND_SPEC.period), time_zone: TIME_ZONE, excluded_events: textArray(NON_ACTIVITY_EVENTS), series_limit: TREND_SERIES_LIMIT },
  },
};
