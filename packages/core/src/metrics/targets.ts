import type { Period } from '../analysis/calendar';
import type { KpiDirection } from '../catalog/types';

/** A goal for one metric over one period (calendar dates, inclusive), set by its owner. */
export interface MetricTarget {
  readonly metricId: string;
  readonly from: string;
  readonly to: string;
  readonly value: number;
}

/**
 * The target set for exactly this metric and period (same first and last day), if any.
 * @example findTarget(targets, 'after-sales.nps', { from: '2026-04-01', to: '2026-04-30' })?.value // 35
 */
export function findTarget(targets: readonly MetricTarget[], metricId: string, period: Pick<Period, 'from' | 'to'>): MetricTarget | undefined {
  return targets.find((t) => t.metricId === metricId && t.from === period.from && t.to === period.to);
}

/**
 * How far a value is towards its target, 1 = exactly on target, above 1 = beyond it.
 * Higher-is-better: value / target. Lower-is-better: target / value (half the cost per contact
 * of the target gives 2). No value (null) when the value is null, when the divisor is 0 or below,
 * or when the dividend is negative: signed numbers (NPS, net new followers) make such quotients
 * meaningless, so their status is read from `gap` and `met` instead.
 *
 * @example attainment(80, 100, 'higher-is-better') // 0.8
 * @example attainment(50, 100, 'lower-is-better') // 2
 */
export function attainment(value: number | null, target: number, direction: KpiDirection): number | null {
  if (value === null) return null;
  const [dividend, divisor] = direction === 'higher-is-better' ? [value, target] : [target, value];
  if (divisor <= 0 || dividend < 0) return null;
  return dividend / divisor;
}

export interface TargetStatus {
  readonly target: number;
  readonly value: number | null;
  readonly attainment: number | null;
  /** value - target; null when the value is null. */
  readonly gap: number | null;
  /** Whether the value reaches the target in the metric's direction; null when the value is null. */
  readonly met: boolean | null;
}

/**
 * A value against its target: attainment, gap and whether it is met.
 * @example targetStatus(-10, 20, 'higher-is-better') // { target: 20, value: -10, attainment: null, gap: -30, met: false }
 */
export function targetStatus(value: number | null, target: number, direction: KpiDirection): TargetStatus {
  return {
    target,
    value,
    attainment: attainment(value, target, direction),
    gap: value === null ? null : value - target,
    met: value === null ? null : direction === 'higher-is-better' ? value >= target : value <= target,
  };
}

/** Where targets are kept: one per workspace, metric and period (setting it again replaces it). */
export interface MetricTargetStore {
  /** The workspace's targets, by metric then period; `metricId` narrows to one metric. @throws WORKSPACE_NOT_FOUND */
  list(workspaceId: string, metricId?: string): Promise<MetricTarget[]>;
  /** Sets (or replaces) the target of a metric for a period. @throws WORKSPACE_NOT_FOUND */
  put(workspaceId: string, target: MetricTarget): Promise<MetricTarget>;
  /** Removes it; false when there was none. */
  remove(workspaceId: string, metricId: string, period: Pick<Period, 'from' | 'to'>): Promise<boolean>;
}
