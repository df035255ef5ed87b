import { type AttributionResult, type CostRecord, type FunnelResult, type ReachResult, type RetentionResult, type TrendResult } from '@marketops/core';
import { queryAttribution, queryFunnel, queryReach, queryRetention, queryTrend } from '../../../packages/server/src/analytics/index';
import type { DuckDbEventStore } from '../../../packages/server/src/events/duckdb/duckdb-event-store';
import { ATTRIBUTION_SPEC, FUNNEL_SPEC, REACH_SPEC, RETENTION_SPEC, TREND_AS_OF, TREND_SPEC } from './specs';
import { WORKSPACE } from './world';

export interface DuckDbAnswers {
  reach: ReachResult;
  funnel: FunnelResult;
  retention: RetentionResult;
  attribution: AttributionResult;
  trend: TrendResult;
}

export type AnalysisName = keyof DuckDbAnswers;
export const ANALYSES: readonly AnalysisName[] = ['reach', 'funnel', 'retention', 'attribution', 'trend'];

/**
 * The product's own analyses on the DuckDB event store: the query functions AnalyticsService
 * calls (packages/server/src/analytics), with the store as their reader and the workspace's costs
 * passed in as the service passes them (the trend's metric reads no costs).
 */
export function duckDbAnalyses(store: DuckDbEventStore, costs: readonly CostRecord[]): { readonly [K in AnalysisName]: () => Promise<DuckDbAnswers[K]> } {
  return {
    reach: () => queryReach(store, WORKSPACE, REACH_SPEC, costs),
    funnel: () => queryFunnel(store, WORKSPACE, FUNNEL_SPEC),
    retention: () => queryRetention(store, WORKSPACE, RETENTION_SPEC),
    attribution: () => queryAttribution(store, WORKSPACE, ATTRIBUTION_SPEC),
    trend: () => queryTrend(store, WORKSPACE, TREND_SPEC, { asOf: TREND_AS_OF }),
  };
}
