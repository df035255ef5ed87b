import { periodInstants, type MetricSettings, type Period } from '@marketops/core';
import { localDateSql, localDateSpans } from './local-date-sql';
import { SqlParams } from './sql-params';

/**
 * A restriction of the events every kind reads: `MetricScope.events` of the reference, as SQL (a
 * trend's filters and breakdown group, see analytics/trend-query.ts). Identity, the audience's
 * traits and the media mentions are not restricted: they read every event (`ev_all`).
 */
export interface SqlEventScope {
  /**
   * A SELECT of the rows of `events_resolved` of the workspace that the scope keeps, with exactly
   * that view's columns (plus `group_index` for the groups of `computeMetricSqlOverGroups`);
   * every value goes through `params`.
   */
  select(params: SqlParams, workspaceId: string): string;
}

/**
 * The inputs of one compiled statement: the period as parameters, the workspace settings, and
 * what a pre-pass looked up for conditions SQL cannot decide alone (see `mentioned-referrers.ts`).
 */
export interface SqlPeriodInputs {
  readonly workspaceId: string;
  readonly period: Period;
  readonly settings: MetricSettings;
  /** Referrers whose host a "Media Mentioned" url named before the period end (none: empty). */
  readonly mentionedReferrers: readonly string[];
  /** The events the kinds read; absent: every event of the workspace. */
  readonly eventScope?: SqlEventScope;
}

/**
 * Builds one statement: hands out parameters for the period's instants, dates and zone, and wraps
 * a body in the `ev` source (this workspace's events, with `person_id` only when the body reads
 * it: the identity view costs a join the other kinds do not need).
 *
 * @example
 * const q = new QueryBuilder(inputs);
 * const { sql, params } = q.statement(`SELECT count(*) AS n FROM ev WHERE ts >= ${q.start}`);
 */
export class QueryBuilder {
  readonly params = new SqlParams();
  readonly inputs: SqlPeriodInputs;
  readonly startMs: number;
  readonly endMs: number;
  #start: string | undefined;
  #end: string | undefined;
  #zone: string | undefined;

  constructor(inputs: SqlPeriodInputs) {
    this.inputs = inputs;
    const { start, end } = periodInstants(inputs.period);
    this.startMs = start.getTime();
    this.endMs = end.getTime();
  }

  get settings(): MetricSettings {
    return this.inputs.settings;
  }

  /** The period's first instant, TIMESTAMPTZ. */
  get start(): string {
    this.#start ??= this.instant(this.startMs);
    return this.#start;
  }

  /** The instant right after the period (exclusive end), TIMESTAMPTZ. */
  get end(): string {
    this.#end ??= this.instant(this.endMs);
    return this.#end;
  }

  /** `start <= ts < end` on a TIMESTAMPTZ expression. */
  inPeriod(ts = 'ts'): string {
    return `(${ts} >= ${this.start} AND ${ts} < ${this.end})`;
  }

  /** An instant (epoch milliseconds) as a TIMESTAMPTZ parameter: ISO text with `Z` is absolute. */
  instant(ms: number): string {
    return this.params.typed(new Date(ms).toISOString(), 'TIMESTAMPTZ');
  }

  /** A calendar date `YYYY-MM-DD` as a DATE parameter. */
  date(text: string): string {
    return this.params.typed(text, 'DATE');
  }

  /**
   * The calendar date of a TIMESTAMPTZ in the period's zone, as DATE (`localDateSql`: offset
   * arithmetic around the period, ICU beyond). Why this is the only zone arithmetic in SQL: the
   * local date of an instant is unambiguous across DST, so every day boundary (windows, retention
   * day N) is compared as dates, never as computed instants.
   */
  localDate(ts = 'ts'): string {
    this.#zone ??= this.params.add(this.inputs.period.timeZone);
    return localDateSql(ts, localDateSpans(this.inputs.period), this.#zone);
  }

  /**
   * The statement: `ev` as this workspace's events (restricted by the event scope, when there is
   * one), `ev_all` as all of them with their person (for what a scope never restricts: the
   * audience's traits), then `body` (a SELECT, or more CTEs then one).
   */
  statement(body: string, ctes: readonly string[] = []): { sql: string; params: Record<string, string | number | boolean> } {
    const text = [body, ...ctes].join('\n');
    const workspace = this.params.add(this.inputs.workspaceId);
    const scope = this.inputs.eventScope;
    // Why NOT MATERIALIZED: `ev` is read several times by some kinds; materialising every event
    // of the workspace would copy the JSON columns, while inlining lets each read prune columns.
    const source = /\bperson_id\b/.test(text) ? 'events_resolved' : 'events';
    const ev = `ev AS NOT MATERIALIZED (${scope === undefined ? `SELECT * FROM ${source} WHERE workspace_id = ${workspace}` : scope.select(this.params, this.inputs.workspaceId)})`;
    const all = /\bev_all\b/.test(text) ? [`ev_all AS NOT MATERIALIZED (SELECT * FROM events_resolved WHERE workspace_id = ${workspace})`] : [];
    const sql = `WITH ${[ev, ...all, ...ctes].join(',\n')}\n${body}`;
    return { sql, params: this.params.usedIn(sql) };
  }
}
