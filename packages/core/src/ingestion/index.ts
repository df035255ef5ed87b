/**
 * Event enrichment: Segment-spec messages in, `StoredEvent`s (or reasons for rejection) out.
 * Pure: no I/O, no clock reads, no dependencies. The server's ingestion route validates the JSON
 * shape, calls `createEnrichmentPipeline(...)` once per workspace configuration, and stores the
 * `ok` events.
 */
export type { SegmentId, SegmentCampaignContext, SegmentPageContext, SegmentContext, SegmentMessage, IngestContext } from './message';
export {
  INGEST_REJECT_CODES,
  INGEST_WARNING_CODES,
  type IngestRejectCode,
  type IngestWarningCode,
  type IngestRejection,
  type StepOk,
  type StepOutcome,
} from './outcome';
export { createEnrichmentPipeline, type EnrichmentPipeline, type EnrichmentPipelineConfig, type EnrichmentOutcome } from './pipeline';
export {
  createValidateIdentityStep,
  deriveMessageId,
  DERIVED_MESSAGE_ID_PREFIX,
  type ValidateIdentityConfig,
  type IdentityFields,
} from './validate-identity-step';
export {
  createTimeStep,
  DEFAULT_MAX_FUTURE_MS,
  DEFAULT_MAX_AGE_MS,
  EARLIEST_EVENT_TIME,
  type TimeStepConfig,
  type EventTimes,
} from './time-step';
export { createCampaignStep, type CampaignStepConfig, type CampaignInfo } from './campaign-step';
export { createChannelStep, type ChannelStepConfig, type ChannelResult } from './channel-step';
export { createRevenueStep, type RevenueStepConfig, type RevenueFields } from './revenue-step';
export {
  classifyChannel,
  matchingRule,
  MATCHED_TEXT_LIMIT,
  DEFAULT_CHANNEL_RULES,
  PAID_MEDIUM_PATTERN,
  VIDEO_MEDIUM_PATTERN,
  compileChannelPattern,
  type ChannelPattern,
  SHOPPING_CAMPAIGN_PATTERN,
  UNASSIGNED_CHANNEL,
  type ChannelRule,
  type ChannelCondition,
  type ChannelField,
  type ChannelInput,
} from './channel-rules';
export { channelRuleProblems, validChannelRules, CHANNEL_RULE_LIMITS, type ChannelRuleProblem } from './channel-rules-check';
export { DEFAULT_SOURCE_CATEGORIES, findSourceSite, findSiteByHost, type SourceCategory, type SourceSite } from './source-categories';
export { DEFAULT_CLICK_IDS, type ClickIdDefinition } from './click-ids';
export { deriveTrafficSource, type TrafficSource } from './traffic-source';
export { channelOfStoredFields, explainChannel, type StoredTrafficFields } from './stored-channel';
