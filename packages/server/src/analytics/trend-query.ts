import {
  TREND_BREAKDOWN_VALUES_LIMIT,
  changeBetween,
  checkedCandidates,
  costBreakdownValue,
  costPassesFilters,
  findMetric,
  MetricUnknownError,
  planTrend,
  rankGroups,
  showsOther,
  trendResultOf,
  OTHER_GROUP,
  type ChannelStatSnapshot,
  type CostRecord,
  type EventSelector,
  type MetricDefinition,
  type MetricOptions,
  type MetricResult,
  type Period,
  type TrendGroup,
  type TrendPlan,
  type TrendResult,
  type TrendSeries,
  type TrendSpec,
} from '@marketops/core';
import { computeMetricSql, computeMetricSqlOverBuckets, computeMetricSqlOverGroups, resultOf, type MetricSqlReader, type SqlMetricOptions } from '../metrics-sql/index';
import { eventsWithTraitsSql, inPeriodSql, readsTraits } from './actions-sql';
import { breakdownSql, filtersSql } from './filter-sql';
import { SqlParams, type ParamSink } from './sql-params';
import { trendEventScope, trendGroupsScope } from './trend-scope-sql';

/**
 * The trend on DuckDB: the rules of `packages/core/src/analysis/trend-spec.ts`, with the same
 * answer as the reference `runTrend`. Each series is the metric engine (`metrics-sql`) run with
 * an event scope: `ev`, the events every formula kind reads, becomes the workspace's events that
 * pass the filters and belong to the series' group (compiled by the analyses' own filter and
 * breakdown SQL, every value a parameter, see trend-scope-sql.ts); cost rows are filtered here
 * with the core's rules. A series' buckets are computed at once, and so are the breakdown groups
 * (one query grouped by group and bucket for most formulas). Candidate breakdown values come from
 * one query. Plan, ranking and the answer's shape are the core's (`trend-rules.ts`), shared with
 * the reference.
 */
export interface TrendSqlOptions extends MetricOptions {
  /** The workspace's cost rows: at least the period's (and, with `compare`, the previous period's). */
  readonly costs?: readonly CostRecord[];
  /** Every channel snapshot up to the period's last day (levels read the latest before it). */
  readonly channelStats?: readonly ChannelStatSnapshot[];
}

/** A selector of `trend-rules.ts` as SQL over `e` (`selectorsMatch`: types, names, excluded names). */
function selectorSql(selector: EventSelector, params: ParamSink): string {
  const list = (values: readonly string[]): string => values.map((v) => params.add(v)).join(', ');
  if (selector.types.length === 0) return 'FALSE';
  const parts = [`e.type IN (${list(selector.types)})`];
  if (selector.names !== undefined) parts.push(selector.names.length === 0 ? 'FALSE' : `COALESCE(e.event IN (${list(selector.names)}), FALSE)`);
  if (selector.excludeNames !== undefined && selector.excludeNames.length > 0) parts.push(`NOT COALESCE(e.event IN (${list(selector.excludeNames)}), FALSE)`);
  return `(${parts.join(' AND ')})`;
}

/** The cost rows a group reads (cost metrics only; the others never read a cost). */
function costsOf(spec: TrendSpec, plan: TrendPlan, costs: readonly CostRecord[], group: TrendGroup): readonly CostRecord[] {
  if (!plan.readsCosts) return [];
  const { breakdown } = spec;
  return costs.filter((cost) => {
    if (!costPassesFilters(cost, spec.filters, spec.channelMap)) return false;
    if (group.kind === 'total' || breakdown === undefined) return true;
    const value = costBreakdownValue(breakdown, cost, spec.channelMap);
    return group.kind === 'group' ? value === group.value : !group.excluded.includes(value);
  });
}

/** The breakdown values of the events the formula reads in the period, and of the period's cost rows. */
async function candidates(reader: MetricSqlReader, workspaceId: string, spec: TrendSpec, plan: TrendPlan, costs: readonly CostRecord[]): Promise<string[]> {
  const { breakdown, period } = spec;
  if (breakdown === undefined) return [];
  const seen = new Set<string>();
  if (plan.selectors.length > 0) {
    const params = new SqlParams();
    const { events, traits } = filtersSql(spec.filters, params);
    const selectors = plan.selectors.map((s) => selectorSql(s, params)).join(' OR ');
    // Why the plain events table when no trait is read: the values need no person, and
    // events_resolved finds every row's person through two joins (the benchmark at 10M events: 226 -> 131 ms).
    const source = readsTraits(spec.filters, breakdown) ? eventsWithTraitsSql(workspaceId, params, true) : `events e WHERE e.workspace_id = ${params.add(workspaceId)}`;
    const sql = `SELECT DISTINCT ${breakdownSql(breakdown, params)} AS v
      FROM ${source}
       AND ${inPeriodSql(period, params)} AND (${selectors}) AND (${events}) AND (${traits})
     LIMIT ${TREND_BREAKDOWN_VALUES_LIMIT + 1}`; // Why: one more than a trend ranks is enough to refuse; a breakdown by order id must not load every id.
    for (const row of await reader.query(sql, params.usedIn(sql))) seen.add(String(row['v']));
  }
  for (const cost of costsOf(spec, plan, costs, { kind: 'total' })) {
    if (cost.date >= period.from && cost.date <= period.to && breakdown !== undefined) seen.add(costBreakdownValue(breakdown, cost, spec.channelMap));
  }
  return checkedCandidates(seen);
}

/**
 * The trend of `spec` on the event store, equal to `runTrend` on the same events, costs and
 * snapshots. Throws what the reference throws (`MetricUnknownError`, `TrendError`, the metric's
 * own errors such as a missing exchange rate).
 *
 * @example
 * const trend = await queryTrend(store, 'company-a', { metricId: 'store-ops.orders', period, interval: 'week', breakdown: { kind: 'channel' } }, { asOf: new Date() });
 */
export async function queryTrend(reader: MetricSqlReader, workspaceId: string, spec: TrendSpec, options: TrendSqlOptions): Promise<TrendResult> {
  const definition: MetricDefinition | undefined = findMetric(spec.metricId);
  if (definition === undefined) throw new MetricUnknownError(spec.metricId);
  const plan = planTrend(spec, definition, findMetric);
  const costs = options.costs ?? [];
  const { costs: _costs, ...metricOptions } = options;

  const optionsOf = (group: TrendGroup): SqlMetricOptions => {
    const scope = trendEventScope(spec, group);
    return { ...metricOptions, workspaceId, costs: costsOf(spec, plan, costs, group), ...(scope === undefined ? {} : { eventScope: scope }) };
  };
  const at = (period: Period, group: TrendGroup): Promise<MetricResult> => computeMetricSql(reader, definition, { ...optionsOf(group), period });
  // Why one call for all buckets: most formulas then cost one query grouped by bucket, not one per bucket.
  const all = (periods: readonly Period[], group: TrendGroup): Promise<MetricResult[]> => computeMetricSqlOverBuckets(reader, definition, optionsOf(group), periods);
  const seriesOf = (kind: TrendSeries['kind'], name: string, value: MetricResult, buckets: MetricResult[], previous?: { value: MetricResult; buckets: MetricResult[] }, extra: Partial<TrendSeries> = {}): TrendSeries =>
    previous === undefined ? { kind, name, value, buckets, ...extra } : { kind, name, value, buckets, previous: { ...previous, ...changeBetween(value, previous.value) }, ...extra };
  const series = async (kind: TrendSeries['kind'], name: string, group: TrendGroup, value: MetricResult, extra: Partial<TrendSeries> = {}): Promise<TrendSeries> => {
    const buckets = await all(plan.buckets, group);
    if (spec.compare !== true) return seriesOf(kind, name, value, buckets, undefined, extra);
    const previous = await at(plan.previousPeriod, group);
    return seriesOf(kind, name, value, buckets, { value: previous, buckets: await all(plan.previousBuckets, group) }, extra);
  };

  const result: TrendSeries[] = [await series('total', 'total', { kind: 'total' }, await at(spec.period, { kind: 'total' }))];
  if (spec.breakdown !== undefined) {
    // Why all groups in one call: most formulas then cost one query for every group, grouped by
    // group (and bucket). The outcomes are read in the order the groups were once computed one by
    // one, so the error thrown is the same.
    const over = (values: readonly string[], periods: readonly Period[]) =>
      computeMetricSqlOverGroups(reader, definition, { events: trendGroupsScope(spec, values), options: values.map((value) => optionsOf({ kind: 'group', value })) }, periods);
    const names = await candidates(reader, workspaceId, spec, plan, costs);
    const ranked = await over(names, [spec.period]);
    const groups = names.map((name, g) => ({ name, value: resultOf(ranked[g]?.[0]) }));
    const { shown, merged } = rankGroups(groups.map((g) => ({ name: g.name, value: g.value.value })));
    const compare = spec.compare === true;
    const buckets = await over(shown, plan.buckets);
    const previous = compare ? await over(shown, [plan.previousPeriod]) : [];
    const previousBuckets = compare ? await over(shown, plan.previousBuckets) : [];
    shown.forEach((name, g) => {
      const value = groups.find((group) => group.name === name)?.value;
      if (value === undefined) throw new Error(`unreachable: ${name} was ranked`);
      const cells = (buckets[g] ?? []).map(resultOf);
      result.push(seriesOf('group', name, value, cells, compare ? { value: resultOf(previous[g]?.[0]), buckets: (previousBuckets[g] ?? []).map(resultOf) } : undefined));
    });
    const other: TrendGroup = { kind: 'other', excluded: shown };
    const otherValue = await at(spec.period, other);
    if (showsOther(merged, otherValue.value)) result.push(await series('other', OTHER_GROUP, other, otherValue, { mergedValues: merged }));
  }
  return trendResultOf(spec, definition, plan, result);
}
