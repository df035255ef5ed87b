import { EMPTY_CAMPAIGN } from '../events/model';
import type { CampaignInfo } from './campaign-step';
import { classifyChannel, DEFAULT_CHANNEL_RULES, matchingRule } from './channel-rules';
import type { ChannelStepConfig } from './channel-step';
import { DEFAULT_CLICK_IDS } from './click-ids';
import { DEFAULT_SOURCE_CATEGORIES } from './source-categories';
import { deriveTrafficSource } from './traffic-source';

/**
 * What a stored event keeps of its traffic source: its campaign fields as sent, the names of its
 * click ids, its referrer and page URL. Everything the channel step decided on, so an event can
 * be classified again when the workspace changes its rules.
 */
export interface StoredTrafficFields {
  readonly source: string | null;
  readonly medium: string | null;
  readonly campaign: string | null;
  /** Click-id parameter names (`gclid`, `fbclid` ...); their values never decide a channel. */
  readonly clickIds: readonly string[];
  readonly referrer: string | null;
  readonly pageUrl: string | null;
}

/**
 * The channel the pipeline's channel step gives an event with these stored fields under `config`:
 * the same traffic-source derivation and rules, so reclassifying stored events with unchanged
 * rules changes nothing (tested against the pipeline in stored-channel.test.ts).
 *
 * @example channelOfStoredFields({ source: null, medium: null, campaign: null, clickIds: ['gclid'], referrer: null, pageUrl: null }) // 'Paid Search'
 */
export function channelOfStoredFields(fields: StoredTrafficFields, config: ChannelStepConfig = {}): string {
  const sites = config.sourceCategories ?? DEFAULT_SOURCE_CATEGORIES;
  const { traffic } = deriveTrafficSource(campaignInfoOf(fields), sites, config.clickIds ?? DEFAULT_CLICK_IDS);
  return classifyChannel(traffic, config.rules ?? DEFAULT_CHANNEL_RULES, sites);
}

/** The channel and the index of the rule that gave it (null: none did, `Unassigned`), for a settings screen's test box. */
export function explainChannel(input: { source: string | null; medium: string | null; campaign: string | null }, config: ChannelStepConfig = {}): { channel: string; rule: number | null } {
  const rules = config.rules ?? DEFAULT_CHANNEL_RULES;
  const sites = config.sourceCategories ?? DEFAULT_SOURCE_CATEGORIES;
  const rule = matchingRule(input, rules, sites);
  return { channel: classifyChannel(input, rules, sites), rule };
}

function campaignInfoOf(fields: StoredTrafficFields): CampaignInfo {
  const clickIds: Record<string, string> = {};
  for (const name of fields.clickIds) clickIds[name] = '';
  return {
    campaign: { ...EMPTY_CAMPAIGN, source: fields.source, medium: fields.medium, name: fields.campaign },
    clickIds,
    pageUrl: fields.pageUrl,
    pagePath: null,
    referrer: fields.referrer,
  };
}
