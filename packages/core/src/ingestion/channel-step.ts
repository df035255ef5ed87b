import { DomainError } from '../errors';
import type { CampaignInfo } from './campaign-step';
import { classifyChannel, DEFAULT_CHANNEL_RULES, type ChannelRule } from './channel-rules';
import { channelRuleProblems } from './channel-rules-check';
import { DEFAULT_CLICK_IDS, type ClickIdDefinition } from './click-ids';
import { ok, type StepOk } from './outcome';
import { DEFAULT_SOURCE_CATEGORIES, type SourceSite } from './source-categories';
import { deriveTrafficSource, type TrafficSource } from './traffic-source';

/** The workspace's channel definition; every part defaults to MarketOps' own. */
export interface ChannelStepConfig {
  readonly rules?: readonly ChannelRule[];
  readonly sourceCategories?: readonly SourceSite[];
  readonly clickIds?: readonly ClickIdDefinition[];
}

/** The channel and the traffic source it was decided on. */
export interface ChannelResult {
  readonly channel: string;
  readonly traffic: TrafficSource;
}

/**
 * The channel step: derives the traffic source (`deriveTrafficSource`) and classifies it with the
 * rule set (`classifyChannel`). Never rejects a message.
 *
 * Throws `DomainError` with code `CONFIG_INVALID` at creation when the rule set is unusable: a bad
 * configuration is an operator's mistake to fix at start-up, not a per-message outcome.
 *
 * @example createChannelStep()(campaignInfo).value.channel // 'Organic Social'
 */
export function createChannelStep(config: ChannelStepConfig = {}) {
  const rules = config.rules ?? DEFAULT_CHANNEL_RULES;
  const sites = config.sourceCategories ?? DEFAULT_SOURCE_CATEGORIES;
  const clickIds = config.clickIds ?? DEFAULT_CLICK_IDS;
  const problems = channelRuleProblems(rules);
  if (problems.length > 0) {
    throw new DomainError(
      'CONFIG_INVALID',
      `the channel rules are invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      problems.map((p) => ({ path: `channelRules.${p.path}`, code: 'CONFIG_INVALID', message: p.message })),
    );
  }

  return function channelStep(info: CampaignInfo): StepOk<ChannelResult> {
    const { traffic, warnings } = deriveTrafficSource(info, sites, clickIds);
    return ok({ channel: classifyChannel(traffic, rules, sites), traffic }, warnings);
  };
}
