/**
 * The analyses' public surface: specs (plain types; schemas come at the HTTP edge), their
 * reference implementations over an in-memory `Dataset`, and the pieces the SQL side reuses
 * (filters, breakdowns, the Markov solver). Internal helpers (matching, money, stats, fixtures)
 * stay unexported.
 */
// Why not `export *`: feeds already exports a `parseCalendarDate` (for cells of imported files).
export {
  INTERVALS,
  addDays,
  addMonths,
  bucketOf,
  bucketsBetween,
  daysBetween,
  isTimeZone,
  localDate,
  nextBucket,
  periodInstants,
  previousPeriod,
  startOfLocalDay,
  type Interval,
  type Period,
} from './calendar';
export { utcOffsetAt, utcOffsetSpans, type OffsetSpan } from './zone-offsets';
export * from './identity';
export type { Dataset } from './dataset';
export * from './analysis-error';
export * from './filters';
export * from './breakdown';
export * from './event-matcher';
export { indexPeople, actionsByPerson, isAction, type People, type PersonEvent } from './people';
export * from './funnel-spec';
export { runFunnel } from './funnel';
export * from './retention-spec';
export { runRetention } from './retention';
export * from './attribution-spec';
export { runAttribution } from './attribution';
export { firstTouch, lastTouch, lastNonDirect, linear, timeDecay, positionBased, modelCredit, removalEffectCredit, type Touch as AttributionTouch } from './attribution-models';
export { markovFromTransitions, markovRemovalEffects, pathTransitions, type ChannelPath, type PathTransition, type RemovalEffects } from './markov';
// The exact money and the two statistics the references use, so that the SQL side rounds and
// averages exactly as they do instead of keeping copies.
export * as exactMoney from './money';
export { median, ratio } from './stats';
export * from './reach-spec';
export { runReach, isReachTouch, reachCostCounts } from './reach';
export * from './referrals-spec';
export { runReferrals, referralTrees, isReferralAncestor } from './referrals';
export * from './trend-spec';
export * from './trend-error';
export { runTrend } from './trend';
// The rules both trend engines share (plan, buckets, cost rows, selectors, ranking, answer shape).
export {
  changeBetween,
  checkedCandidates,
  costBreakdownValue,
  costChannel,
  costPassesFilters,
  planTrend,
  rankGroups,
  selectorsMatch,
  showsOther,
  trendBuckets,
  trendResultOf,
  type EventSelector,
  type TrendGroup,
  type TrendPlan,
} from './trend-rules';
