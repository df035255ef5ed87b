import type { ChannelStatSnapshot, CostRecord, Measure, MetricDefinition, MetricOptions, MetricSettings, Period } from '@marketops/core';
import { measureNeedsMentions } from './mentioned-referrers';
import { QueryBuilder, type SqlEventScope } from './query-builder';
import type { MetricSqlReader } from './reader';

/**
 * Everything the kinds read for one period: the reader, workspace and period, settings and
 * options, the instants in milliseconds, the cost records and channel snapshots the caller
 * loaded, the (memoised) mentioned-referrer pre-pass, and a way to look other metrics up.
 */
export interface SqlEvalContext {
  readonly reader: MetricSqlReader;
  readonly workspaceId: string;
  readonly period: Period;
  readonly settings: MetricSettings;
  readonly options: MetricOptions;
  readonly startMs: number;
  readonly endMs: number;
  readonly asOfMs: number;
  readonly costs: readonly CostRecord[];
  readonly channelStats: readonly ChannelStatSnapshot[];
  mentionedReferrers(): Promise<readonly string[]>;
  lookup(id: string): MetricDefinition;
  /** The events the kinds read (a trend's filters and group); absent: all of the workspace's. */
  readonly eventScope?: SqlEventScope;
}

/** A new statement builder for this period and measure (running the pre-pass it needs). */
export async function builderFor(ctx: SqlEvalContext, measure: Measure): Promise<QueryBuilder> {
  const mentioned = measureNeedsMentions(measure) ? await ctx.mentionedReferrers() : [];
  return new QueryBuilder({
    workspaceId: ctx.workspaceId,
    period: ctx.period,
    settings: ctx.settings,
    mentionedReferrers: mentioned,
    ...(ctx.eventScope === undefined ? {} : { eventScope: ctx.eventScope }),
  });
}

/** Runs a statement built with `q` and returns its rows. */
export async function runRows(ctx: SqlEvalContext, q: QueryBuilder, body: string, ctes: readonly string[] = []): Promise<Record<string, unknown>[]> {
  const { sql, params } = q.statement(body, ctes);
  return ctx.reader.query(sql, params);
}

/** Runs a statement that returns exactly one row (an aggregate) and returns that row. */
export async function runOne(ctx: SqlEvalContext, q: QueryBuilder, body: string, ctes: readonly string[] = []): Promise<Record<string, unknown>> {
  const rows = await runRows(ctx, q, body, ctes);
  const row = rows[0];
  if (row === undefined || rows.length !== 1) throw new Error(`an aggregate query returned ${rows.length} rows`);
  return row;
}
