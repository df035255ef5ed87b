import type { StoredEvent } from '../events/model';
import type { CostRecord } from '../feeds/model';
import { computeMetric, type MetricOptions, type MetricResult, type MetricScope } from '../metrics/compute';
import { MetricUnknownError } from '../metrics/errors';
import { findMetric } from '../metrics/registry';
import { breakdownValue } from './breakdown';
import { periodInstants, type Period } from './calendar';
import type { Dataset } from './dataset';
import { matchesEventFilters, matchesTraitFilters, splitFilters } from './filters';
import { indexPeople } from './people';
import {
  changeBetween,
  checkedCandidates,
  costBreakdownValue,
  costPassesFilters,
  planTrend,
  rankGroups,
  selectorsMatch,
  showsOther,
  trendResultOf,
  type TrendGroup,
} from './trend-rules';
import { OTHER_GROUP, type TrendResult, type TrendSeries, type TrendSpec } from './trend-spec';

/**
 * The reference trend (rules in `trend-spec.ts`): for every series, restrict what the metric
 * reads to the events (and cost rows) that pass the filters and belong to the series' group, then
 * `computeMetric` over the period, each bucket and, with `compare`, their previous. Slow (one
 * full evaluation per point) and obviously correct; the DuckDB trend must give the same answer.
 *
 * @example runTrend(dataset, { metricId: 'store-ops.orders', period, interval: 'week', filters: [{ kind: 'channel', test: { op: 'equals', value: 'Paid Search' } }] }, { asOf: new Date() }).series[0].buckets.map((b) => b.value)
 */
export function runTrend(dataset: Dataset, spec: TrendSpec, options: MetricOptions): TrendResult {
  const definition = findMetric(spec.metricId);
  if (definition === undefined) throw new MetricUnknownError(spec.metricId);
  const plan = planTrend(spec, definition, findMetric);
  const people = indexPeople(dataset.events);
  const { events: eventFilters, traits: traitFilters } = splitFilters(spec.filters);
  const traitsPass = new Map<string, boolean>();
  const personPasses = (event: StoredEvent): boolean => {
    if (traitFilters.length === 0) return true;
    const person = people.personOf(event);
    let pass = traitsPass.get(person);
    if (pass === undefined) traitsPass.set(person, (pass = matchesTraitFilters(people.traitsOf(person), traitFilters)));
    return pass;
  };
  const passes = (event: StoredEvent): boolean => matchesEventFilters(event, eventFilters) && personPasses(event);
  const costPasses = (cost: CostRecord): boolean => costPassesFilters(cost, spec.filters, spec.channelMap);

  const { breakdown } = spec;
  const valueOf = (event: StoredEvent): string => {
    if (breakdown === undefined) throw new RangeError('no breakdown');
    return breakdownValue(breakdown, event, breakdown.kind === 'trait' ? people.traitsOf(people.personOf(event)) : {});
  };
  const costValueOf = (cost: CostRecord): string => {
    if (breakdown === undefined) throw new RangeError('no breakdown');
    return costBreakdownValue(breakdown, cost, spec.channelMap);
  };
  const inGroup = (group: TrendGroup, value: () => string): boolean =>
    group.kind === 'total' || (group.kind === 'group' ? value() === group.value : !group.excluded.includes(value()));
  const scopeOf = (group: TrendGroup): MetricScope => ({
    events: (event) => passes(event) && inGroup(group, () => valueOf(event)),
    // Why only then: a metric without costs may carry filters no cost row could be tested with.
    ...(plan.readsCosts ? { costs: (cost: CostRecord) => costPasses(cost) && inGroup(group, () => costValueOf(cost)) } : {}),
  });

  const at = (period: Period, scope: MetricScope): MetricResult => computeMetric(definition, dataset, period, options, scope);
  const series = (kind: TrendSeries['kind'], name: string, scope: MetricScope, value: MetricResult, extra: Partial<TrendSeries> = {}): TrendSeries => {
    const buckets = plan.buckets.map((bucket) => at(bucket, scope));
    if (spec.compare !== true) return { kind, name, value, buckets, ...extra };
    const previous = at(plan.previousPeriod, scope);
    return { kind, name, value, buckets, previous: { value: previous, buckets: plan.previousBuckets.map((bucket) => at(bucket, scope)), ...changeBetween(value, previous) }, ...extra };
  };

  const totalScope = scopeOf({ kind: 'total' });
  const result: TrendSeries[] = [series('total', 'total', totalScope, at(spec.period, totalScope))];
  if (breakdown !== undefined) {
    const { start, end } = periodInstants(spec.period);
    const seen = new Set<string>();
    for (const event of dataset.events) {
      const t = event.timestamp.getTime();
      if (t >= start.getTime() && t < end.getTime() && selectorsMatch(event, plan.selectors) && passes(event)) seen.add(valueOf(event));
    }
    if (plan.readsCosts) {
      for (const cost of dataset.costs) if (cost.date >= spec.period.from && cost.date <= spec.period.to && costPasses(cost)) seen.add(costValueOf(cost));
    }
    const groups = checkedCandidates(seen).map((name) => {
      const scope = scopeOf({ kind: 'group', value: name });
      return { name, scope, value: at(spec.period, scope) };
    });
    const { shown, merged } = rankGroups(groups.map((g) => ({ name: g.name, value: g.value.value })));
    for (const name of shown) {
      const group = groups.find((g) => g.name === name);
      if (group !== undefined) result.push(series('group', name, group.scope, group.value));
    }
    const otherScope = scopeOf({ kind: 'other', excluded: shown });
    const other = at(spec.period, otherScope);
    if (showsOther(merged, other.value)) result.push(series('other', OTHER_GROUP, otherScope, other, { mergedValues: merged }));
  }
  return trendResultOf(spec, definition, plan, result);
}
