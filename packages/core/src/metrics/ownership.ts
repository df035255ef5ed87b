import type { FunctionId } from '../catalog/types';
import { DomainError } from '../errors';
import type { OrgMap } from '../org/model';
import type { MetricDefinition } from './definition';
import { MetricUnknownError } from './errors';
import { findMetric, METRICS } from './registry';

/**
 * Who answers for a number: a metric belongs to one catalog function, and the function to the
 * departments the org map assigns to it. Pure functions over the map, in map order, so the answer
 * is the same wherever it is asked (API, reports, the responsibility check).
 */
export interface MetricOwnership {
  readonly metricId: string;
  readonly functionId: FunctionId;
  /** Departments accountable for the metric's function; one is the healthy case. */
  readonly accountable: readonly string[];
  /** Departments that contribute to the function without answering for it. */
  readonly contributing: readonly string[];
  /** `owned`: exactly one accountable department; `unowned`: none; `shared`: two or more. */
  readonly status: 'owned' | 'unowned' | 'shared';
}

function resolve(metric: string | MetricDefinition): MetricDefinition {
  if (typeof metric !== 'string') return metric;
  const found = findMetric(metric);
  if (found === undefined) throw new MetricUnknownError(metric);
  return found;
}

function holders(map: OrgMap, functionId: FunctionId, role: 'accountable' | 'contributing'): string[] {
  return map.departments.filter((d) => map.assignments.some((a) => a.departmentId === d.id && a.functionId === functionId && a.role === role)).map((d) => d.id);
}

/**
 * Who owns metric Y.
 * @example metricOwnership('after-sales.nps', map).accountable // ['operations']
 */
export function metricOwnership(metric: string | MetricDefinition, map: OrgMap): MetricOwnership {
  const definition = resolve(metric);
  const accountable = holders(map, definition.functionId, 'accountable');
  const contributing = holders(map, definition.functionId, 'contributing');
  const status = accountable.length === 0 ? 'unowned' : accountable.length === 1 ? 'owned' : 'shared';
  return { metricId: definition.id, functionId: definition.functionId, accountable, contributing, status };
}

/** One function a department holds, with its metrics. */
export interface FunctionMetrics {
  readonly functionId: FunctionId;
  /** True when another department is accountable for the same function too. */
  readonly shared: boolean;
  readonly metrics: readonly MetricDefinition[];
}

export interface DepartmentMetrics {
  readonly departmentId: string;
  /** The numbers the department answers for. */
  readonly accountable: readonly FunctionMetrics[];
  /** The numbers it helps move without answering for them. */
  readonly contributing: readonly FunctionMetrics[];
}

/**
 * The KPIs of department X, with their definitions, grouped by function in assignment order.
 * Throws DEPARTMENT_NOT_FOUND for a department the map does not have.
 *
 * @example departmentMetrics('planning', map).accountable.map((h) => h.functionId) // ['pr', 'new-media']
 */
export function departmentMetrics(departmentId: string, map: OrgMap, metrics: readonly MetricDefinition[] = METRICS): DepartmentMetrics {
  if (!map.departments.some((d) => d.id === departmentId)) {
    throw new DomainError('DEPARTMENT_NOT_FOUND', `no department ${departmentId} in the org map`);
  }
  const holdings = (role: 'accountable' | 'contributing'): FunctionMetrics[] =>
    map.assignments
      .filter((a) => a.departmentId === departmentId && a.role === role)
      .map((a) => ({
        functionId: a.functionId,
        shared: holders(map, a.functionId, 'accountable').filter((id) => id !== departmentId).length > 0,
        metrics: metrics.filter((m) => m.functionId === a.functionId),
      }));
  return { departmentId, accountable: holdings('accountable'), contributing: holdings('contributing') };
}
