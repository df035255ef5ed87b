import type { StoredEvent } from '../events/model';
import type { IngestContext, SegmentMessage } from './message';
import { reject, type IngestRejection, type IngestWarningCode } from './outcome';
import type { ChannelRule } from './channel-rules';
import type { SourceSite } from './source-categories';
import { createValidateIdentityStep } from './validate-identity-step';
import { createTimeStep } from './time-step';
import { createCampaignStep } from './campaign-step';
import { createChannelStep } from './channel-step';
import { createRevenueStep } from './revenue-step';
import { asRecord } from './values';

/** A workspace's enrichment settings; everything defaults to MarketOps' own rules. */
export interface EnrichmentPipelineConfig {
  /** The channel rule set (default `DEFAULT_CHANNEL_RULES`). */
  readonly channelRules?: readonly ChannelRule[];
  /** The source-category table (default `DEFAULT_SOURCE_CATEGORIES`). */
  readonly sourceCategories?: readonly SourceSite[];
  /** Event times further ahead of receipt are clamped (default 23 h). */
  readonly maxFutureMs?: number;
  /** Older event times are rejected outside historical imports (default 5 years). */
  readonly maxAgeMs?: number;
}

/** The outcome of enriching one message: the event to store, or why it cannot be stored. */
export type EnrichmentOutcome = { readonly kind: 'ok'; readonly event: StoredEvent } | IngestRejection;

/** Enriches one message. Pure and total: it never throws, whatever the message holds. */
export type EnrichmentPipeline = (message: SegmentMessage, ctx: IngestContext) => EnrichmentOutcome;

/**
 * The enrichment pipeline: validate identity → correct time → read campaign → classify channel →
 * read revenue, then assemble the `StoredEvent`. The first rejection stops it; warnings of every
 * step accumulate on the event (each code once, in step order).
 *
 * Throws only at creation, `DomainError` `CONFIG_INVALID`, when `channelRules` are unusable.
 * A failure inside a step (a bug) becomes rejection `internal-error` rather than an exception, so
 * that one message can never take down a batch.
 *
 * @example
 * const enrich = createEnrichmentPipeline();
 * const outcome = enrich({ type: 'page', anonymousId: 'a1', context: { page: { url: 'https://x.cn/?utm_source=weibo' } } },
 *   { workspaceId: 'acme', receivedAt: new Date(), now: new Date() });
 * if (outcome.kind === 'ok') outcome.event.channel; // 'Organic Social'
 */
export function createEnrichmentPipeline(config: EnrichmentPipelineConfig = {}): EnrichmentPipeline {
  const validateIdentity = createValidateIdentityStep();
  const correctTime = createTimeStep({ maxFutureMs: config.maxFutureMs, maxAgeMs: config.maxAgeMs });
  const readCampaign = createCampaignStep();
  const classify = createChannelStep({ rules: config.channelRules, sourceCategories: config.sourceCategories });
  const readRevenue = createRevenueStep();

  return function enrichmentPipeline(message: SegmentMessage, ctx: IngestContext): EnrichmentOutcome {
    try {
      const warnings = new Set<IngestWarningCode>();

      const identityOutcome = validateIdentity(message);
      if (identityOutcome.kind === 'reject') return identityOutcome;
      const identity = collect(warnings, identityOutcome);

      const timeOutcome = correctTime(message, ctx);
      if (timeOutcome.kind === 'reject') return timeOutcome;
      const times = collect(warnings, timeOutcome);

      const campaignInfo = collect(warnings, readCampaign(message));
      const { channel } = collect(warnings, classify(campaignInfo));
      const revenue = collect(warnings, readRevenue(message));

      // Why field by field rather than spreads: a field added to a step's output must not slip
      // into stored rows unnoticed.
      const event: StoredEvent = {
        workspaceId: ctx.workspaceId,
        messageId: identity.messageId,
        type: message.type,
        event: identity.event,
        category: identity.category,
        userId: identity.userId,
        anonymousId: identity.anonymousId,
        groupId: identity.groupId,
        previousId: identity.previousId,
        timestamp: times.timestamp,
        originalTimestamp: times.originalTimestamp,
        sentAt: times.sentAt,
        receivedAt: times.receivedAt,
        channel,
        campaign: campaignInfo.campaign,
        clickIds: campaignInfo.clickIds,
        pageUrl: campaignInfo.pageUrl,
        pagePath: campaignInfo.pagePath,
        referrer: campaignInfo.referrer,
        revenue: revenue.revenue,
        currency: revenue.currency,
        properties: asRecord(message.properties) ?? {},
        traits: asRecord(message.traits) ?? {},
        context: asRecord(message.context) ?? {},
        warnings: [...warnings],
      };
      return { kind: 'ok', event };
    } catch (error) {
      return reject('', 'internal-error', `enrichment failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/**
 * A step's value, its warnings added to `warnings`. Why a module-level function rather than a
 * closure per message: the runtime (tsx, esbuild's keepNames) names every closure it creates with
 * a property definition, which cost a tenth of the pipeline's time on the ingestion hot path.
 */
function collect<T>(warnings: Set<IngestWarningCode>, outcome: { value: T; warnings: readonly IngestWarningCode[] }): T {
  for (const warning of outcome.warnings) warnings.add(warning);
  return outcome.value;
}
