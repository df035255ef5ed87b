import { periodInstants, type Breakdown, type Filter, type Period } from '@marketops/core';
import { localDateSql, localDateSpans } from '../metrics-sql/index';
import type { ParamSink } from './sql-params';

/**
 * The common start of every analysis query, as the core's `people.ts` defines it: one
 * workspace's events with their resolved person (`events_resolved`, identities over all events)
 * and that person's latest `identify` traits (greatest ts, then greatest message id), as alias
 * `e` joined to `t` (`t.traits`, the `TRAITS` of filter-sql.ts). Callers add conditions on `e`, `t` and the period.
 */
export function eventsWithTraitsSql(workspaceId: string, params: ParamSink, readsTraits: boolean): string {
  const workspace = params.add(workspaceId);
  // Why optional: the join scans the workspace's events a second time, and only trait filters
  // and trait breakdowns read `t`.
  if (!readsTraits) return `events_resolved e WHERE e.workspace_id = ${workspace}`;
  return `events_resolved e
    LEFT JOIN (
      SELECT person_id, arg_max(traits, (ts, message_id)) AS traits
        FROM events_resolved WHERE workspace_id = ${workspace} AND type = 'identify' GROUP BY person_id
    ) t ON t.person_id = e.person_id
    WHERE e.workspace_id = ${workspace}`;
}

/** Track, page and screen calls: `isAction` of people.ts. */
export const IS_ACTION = `e.type IN ('track', 'page', 'screen')`;

/**
 * `ts` inside the period's instants [start of `from`, start of the day after `to`) in its zone.
 * Why the bounds are computed by the core's `periodInstants` and passed as instants: they are
 * parameters of the query, and the bounds must be the reference's to the millisecond; the
 * per-event bucketing, which is the query's work, is done in SQL (`localDateSql`).
 */
export function inPeriodSql(period: Period, params: ParamSink): string {
  const { start, end } = periodInstants(period);
  return `e.ts >= CAST(${params.add(start.toISOString())} AS TIMESTAMPTZ) AND e.ts < CAST(${params.add(end.toISOString())} AS TIMESTAMPTZ)`;
}

/**
 * The calendar date of `tsExpr` in the period's zone, as DATE: `localDate` of calendar.ts, by
 * offset arithmetic around the period (metrics-sql's `localDateSql`; ICU beyond it).
 */
export function periodLocalDateSql(tsExpr: string, period: Period, zonePlaceholder: string): string {
  return localDateSql(tsExpr, localDateSpans(period), zonePlaceholder);
}

/** Epoch milliseconds of `e.ts` as a DOUBLE (exact below 2^53). */
export const TS_MS = 'CAST(epoch_ms(e.ts) AS DOUBLE)';

/** Whether a spec's filters or breakdown read the person's traits (`t` of `eventsWithTraitsSql`). */
export function readsTraits(filters: readonly Filter[] | undefined, breakdown?: Breakdown): boolean {
  return (filters ?? []).some((f) => f.kind === 'trait') || breakdown?.kind === 'trait';
}
