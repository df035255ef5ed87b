import { periodInstants, type MetricSettings, type Period } from '@marketops/core';
import { SqlParams } from './sql-params';

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
   * The calendar date of a TIMESTAMPTZ in the period's zone (ICU), as DATE. Why this is the only
   * zone arithmetic in SQL: the local date of an instant is unambiguous across DST, so every day
   * boundary (windows, retention day N) is compared as dates, never as computed instants.
   */
  localDate(ts = 'ts'): string {
    this.#zone ??= this.params.add(this.inputs.period.timeZone);
    return `CAST(timezone(${this.#zone}, ${ts}) AS DATE)`;
  }

  /** The statement: `ev` as this workspace's events, then `body` (a SELECT, or more CTEs then one). */
  statement(body: string, ctes: readonly string[] = []): { sql: string; params: Record<string, string | number | boolean> } {
    const source = /\bperson_id\b/.test(body) || ctes.some((cte) => /\bperson_id\b/.test(cte)) ? 'events_resolved' : 'events';
    // Why NOT MATERIALIZED: `ev` is read several times by some kinds; materialising every event
    // of the workspace would copy the JSON columns, while inlining lets each read prune columns.
    const ev = `ev AS NOT MATERIALIZED (SELECT * FROM ${source} WHERE workspace_id = ${this.params.add(this.inputs.workspaceId)})`;
    const sql = `WITH ${[ev, ...ctes].join(',\n')}\n${body}`;
    return { sql, params: this.params.usedIn(sql) };
  }
}
