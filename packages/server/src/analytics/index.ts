/**
 * The analyses on the DuckDB event store: each takes the store (or anything that can run a
 * read-only query), a workspace and the core's spec, and returns exactly what the core's reference
 * implementation returns for the same data. Semantics: the spec types' JSDoc in
 * packages/core/src/analysis/*-spec.ts; user guide: docs/analyses.md.
 */
export type { AnalyticsReader } from './analytics-reader';
export { queryFunnel } from './funnel-query';
export { queryRetention } from './retention-query';
export { queryAttribution } from './attribution-query';
export { queryReach } from './reach-query';
export { queryReferrals } from './referrals-query';
export { queryTrend, type TrendSqlOptions } from './trend-query';
export { queryNames, NAMES_LIMIT, type NameCount, type WorkspaceNames } from './names-query';
