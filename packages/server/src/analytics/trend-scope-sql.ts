import type { TrendGroup, TrendSpec } from '@marketops/core';
import type { SqlEventScope } from '../metrics-sql/index';
import { eventsWithTraitsSql, readsTraits } from './actions-sql';
import { breakdownSql, filtersSql } from './filter-sql';

/**
 * The events a trend's series read, as event scopes of the metric engine: the workspace's events
 * that pass the filters and belong to the series' group, compiled by the analyses' own filter
 * and breakdown SQL (every value a parameter).
 */

/** The events of a group that pass the filters (none to restrict: undefined). */
export function trendEventScope(spec: TrendSpec, group: TrendGroup): SqlEventScope | undefined {
  const breakdown = group.kind === 'total' ? undefined : spec.breakdown;
  if ((spec.filters ?? []).length === 0 && breakdown === undefined) return undefined;
  return {
    select(params, workspaceId) {
      const { events, traits } = filtersSql(spec.filters, params);
      const conditions = [events, traits];
      if (breakdown !== undefined && group.kind === 'group') conditions.push(`${breakdownSql(breakdown, params)} = ${params.add(group.value)}`);
      if (breakdown !== undefined && group.kind === 'other' && group.excluded.length > 0) {
        conditions.push(`${breakdownSql(breakdown, params)} NOT IN (${group.excluded.map((v) => params.add(v)).join(', ')})`);
      }
      return `SELECT e.* FROM ${eventsWithTraitsSql(workspaceId, params, readsTraits(spec.filters, breakdown))} AND ${conditions.map((c) => `(${c})`).join(' AND ')}`;
    },
  };
}

/**
 * The events of the breakdown groups `values` at once, each row with the position of its value
 * in `values` as `group_index`: the rows `trendEventScope` keeps for each of those groups, and
 * nothing else (a value is in one group at most, and the join keeps exactly the rows whose
 * breakdown value equals one of them, as `=` does for one group).
 *
 * @example
 * const events = trendGroupsScope(spec, ['Direct', 'Email']); // group_index 0 and 1
 */
export function trendGroupsScope(spec: TrendSpec, values: readonly string[]): SqlEventScope {
  const { breakdown } = spec;
  if (breakdown === undefined) throw new RangeError('trendGroupsScope: the spec has no breakdown');
  return {
    select(params, workspaceId) {
      const { events, traits } = filtersSql(spec.filters, params);
      const groups = values.map((value, i) => `(CAST(${params.add(value)} AS VARCHAR), ${i})`).join(', ');
      return `SELECT s.* EXCLUDE (group_value), g.group_index FROM (
          SELECT e.*, ${breakdownSql(breakdown, params)} AS group_value
            FROM ${eventsWithTraitsSql(workspaceId, params, readsTraits(spec.filters, breakdown))} AND (${events}) AND (${traits})
        ) s JOIN (VALUES ${groups}) g(group_value, group_index) ON s.group_value = g.group_value`;
    },
  };
}
