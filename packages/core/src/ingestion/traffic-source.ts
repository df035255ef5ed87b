import type { CampaignInfo } from './campaign-step';
import type { ClickIdDefinition } from './click-ids';
import type { IngestWarningCode } from './outcome';
import { findSiteByHost, type SourceSite } from './source-categories';
import { bareHost, hostOf, sameSite } from './url-parts';

/** The source / medium / campaign a message is classified on, as sent or derived. */
export interface TrafficSource {
  readonly source: string;
  readonly medium: string;
  readonly campaign: string;
  /** What decided it, for debugging and tests. */
  readonly basis: 'utm' | 'click-id' | 'referrer' | 'internal-referrer' | 'direct';
}

/**
 * The traffic source of a message, in this order (first that applies):
 * 1. `utm_source` (or `context.campaign.source`): as sent; a missing medium is `(not set)`, as in GA4.
 * 2. A paid-only click id with an implied source (`gclid`, `gbraid`, `wbraid` → google / cpc;
 *    `msclkid` → bing / cpc; `ttclid` → tiktok / cpc; `li_fat_id` → linkedin / cpc;
 *    `bd_vid` → baidu / cpc). It outranks the referrer, which for an ad click is the ad platform anyway.
 * 3. An external referrer: a known site gives its canonical name (`m.facebook.com` → `facebook`),
 *    an unknown one its host without `www.`; medium `organic` for search engines, else `referral`
 *    (GA4's mediums: social, video and shopping referrers are then classified by source category).
 * 4. `fbclid` without a referrer: facebook / referral (Organic Social). Facebook adds it to organic
 *    links too, so it never implies paid; in-app browsers often drop the referrer, so it still helps.
 * 5. Otherwise `(direct)` / `(none)`, which is GA4's Direct. A referrer from the page's own site
 *    counts as no referrer (GA4's "unwanted referrals"): at the event level an internal navigation
 *    carries no acquisition information; session-level attribution is the analyses' job.
 * A `utm_medium` or `utm_campaign` sent without `utm_source` is kept and combined with the derived
 * source (`?utm_medium=email` alone is Email, not Direct).
 * An unparseable referrer gives warning `referrer-invalid` and counts as no referrer.
 */
export function deriveTrafficSource(
  info: CampaignInfo,
  sites: readonly SourceSite[],
  clickIds: readonly ClickIdDefinition[],
): { readonly traffic: TrafficSource; readonly warnings: readonly IngestWarningCode[] } {
  const { campaign } = info;

  // Why checked first: the warning reports the data's quality, whether or not the referrer decides.
  const warnings: IngestWarningCode[] = [];
  const referrerHost = info.referrer === null ? null : hostOf(info.referrer);
  if (info.referrer !== null && referrerHost === null) warnings.push('referrer-invalid');

  if (campaign.source !== null) {
    return { traffic: { source: campaign.source, medium: campaign.medium ?? '(not set)', campaign: campaign.name ?? '(not set)', basis: 'utm' }, warnings };
  }

  const present = clickIds.filter((definition) => info.clickIds[definition.param] !== undefined && definition.implies !== null);
  const paidClick = present.find((definition) => definition.paid);
  if (paidClick?.implies) {
    return { traffic: withSent(campaign, paidClick.implies.source, paidClick.implies.medium, '(not set)', 'click-id'), warnings };
  }

  const pageHost = info.pageUrl === null ? null : hostOf(info.pageUrl);
  const internal = referrerHost !== null && pageHost !== null && sameSite(referrerHost, pageHost);

  if (referrerHost !== null && !internal) {
    const known = findSiteByHost(referrerHost, sites);
    const search = known?.category === 'search';
    const source = known?.name ?? bareHost(referrerHost);
    return { traffic: withSent(campaign, source, search ? 'organic' : 'referral', search ? '(organic)' : '(referral)', 'referrer'), warnings };
  }

  const hint = present.find((definition) => !definition.paid);
  if (hint?.implies) {
    return { traffic: withSent(campaign, hint.implies.source, hint.implies.medium, '(referral)', 'click-id'), warnings };
  }
  return { traffic: withSent(campaign, '(direct)', '(none)', '(direct)', internal ? 'internal-referrer' : 'direct'), warnings };
}

/**
 * A derived source with whatever utm_medium / utm_campaign were sent anyway. Module-level, not a
 * closure: it runs for every message and the runtime (tsx, esbuild's keepNames) names closures.
 */
function withSent(campaign: CampaignInfo['campaign'], source: string, medium: string, defaultCampaign: string, basis: TrafficSource['basis']): TrafficSource {
  return { source, medium: campaign.medium ?? medium, campaign: campaign.name ?? defaultCampaign, basis };
}
