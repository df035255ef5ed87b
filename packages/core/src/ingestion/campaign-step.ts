import type { CampaignFields } from '../events/model';
import type { SegmentMessage } from './message';
import { ok, type IngestWarningCode, type StepOk } from './outcome';
import { DEFAULT_CLICK_IDS, type ClickIdDefinition } from './click-ids';
import { parseQuery, parseUrl, queryOf, type QueryParam } from './url-parts';
import { asRecord, cleanText } from './values';

/** Where the campaign step looks for click ids. */
export interface CampaignStepConfig {
  readonly clickIds?: readonly ClickIdDefinition[];
}

/** What the message says about how the visitor arrived. */
export interface CampaignInfo {
  readonly campaign: CampaignFields;
  /** Click ids by their canonical (lower-case) parameter name. */
  readonly clickIds: Readonly<Record<string, string>>;
  readonly pageUrl: string | null;
  readonly pagePath: string | null;
  readonly referrer: string | null;
}

/**
 * The campaign step: reads UTM fields, click ids, page URL, path and referrer. Never rejects.
 *
 * - Campaign fields come from `context.campaign` when it has any value (the SDK already parsed
 *   the landing URL), else from the page URL's query: `context.page.url`, or `properties.url` on
 *   page calls, or `context.page.search`. Why not a merge: both describe the same landing, and
 *   mixing two sources could pair one campaign's source with another's medium.
 * - UTM names match case-insensitively (`UTM_Source`); the first occurrence wins; values are
 *   URL-decoded and trimmed, blanks become null, letter case is kept. A value with broken
 *   percent-encoding is kept as sent, with warning `campaign-value-undecodable`.
 * - Click ids (`DEFAULT_CLICK_IDS`) are read from the same query, then from `context.campaign`.
 * - A page URL that is not absolute gives warning `page-url-invalid`; its query is still read.
 *
 * @example createCampaignStep()({ type: 'page', anonymousId: 'a', context: { page: { url: 'https://x.cn/?utm_source=weibo' } } })
 */
export function createCampaignStep(config: CampaignStepConfig = {}) {
  const clickIdDefinitions = config.clickIds ?? DEFAULT_CLICK_IDS;

  return function campaignStep(message: SegmentMessage): StepOk<CampaignInfo> {
    const page = asRecord(message.context?.page);
    const contextCampaign = asRecord(message.context?.campaign);
    // Why only page calls: on a track call, `properties.url` describes the event's subject (a shared link), not the page.
    const pageProperties = message.type === 'page' ? asRecord(message.properties) : undefined;

    const pageUrl = cleanText(page?.url) ?? cleanText(pageProperties?.url);
    const referrer = cleanText(page?.referrer) ?? cleanText(pageProperties?.referrer);
    const parsedUrl = pageUrl === null ? null : parseUrl(pageUrl);
    const pagePath = cleanText(page?.path) ?? cleanText(pageProperties?.path) ?? parsedUrl?.pathname ?? null;

    const search = cleanText(page?.search) ?? cleanText(pageProperties?.search);
    const query = (pageUrl === null ? '' : queryOf(pageUrl)) || (search === null ? '' : search.replace(/^\?/, ''));
    const params = parseQuery(query);
    const warnings = new Set<IngestWarningCode>();
    if (pageUrl !== null && parsedUrl === null) warnings.add('page-url-invalid');

    const fromContext = campaignFromContext(contextCampaign);
    const campaign = fromContext ?? campaignFromQuery(params, warnings);

    const clickIds: Record<string, string> = {};
    for (const { param } of clickIdDefinitions) {
      const value = take(params, param, warnings) ?? contextValue(contextCampaign, param);
      if (value !== null) clickIds[param] = value;
    }

    return ok({ campaign, clickIds, pageUrl, pagePath, referrer }, [...warnings]);
  };
}

/**
 * The first value of a query parameter, noting undecodable values. Why module-level functions
 * and no closures here: this runs for every message, and the runtime (tsx, esbuild's keepNames)
 * names every closure it creates.
 */
function take(params: readonly QueryParam[], name: string, warnings: Set<IngestWarningCode>): string | null {
  for (const param of params) {
    if (param.name !== name) continue;
    if (param.undecodable) warnings.add('campaign-value-undecodable');
    return param.value ?? null;
  }
  return null;
}

/** The nine UTM parameters of the landing URL. */
function campaignFromQuery(params: readonly QueryParam[], warnings: Set<IngestWarningCode>): CampaignFields {
  return {
    source: take(params, 'utm_source', warnings),
    medium: take(params, 'utm_medium', warnings),
    name: take(params, 'utm_campaign', warnings),
    term: take(params, 'utm_term', warnings),
    content: take(params, 'utm_content', warnings),
    id: take(params, 'utm_id', warnings),
    sourcePlatform: take(params, 'utm_source_platform', warnings),
    creativeFormat: take(params, 'utm_creative_format', warnings),
    marketingTactic: take(params, 'utm_marketing_tactic', warnings),
  };
}

/**
 * The campaign fields of `context.campaign`, or `null` when it has no value at all. Keys as
 * analytics.js writes them (`utm_` dropped, `utm_campaign` as `name`), plus the camelCase variants
 * some SDKs send.
 */
function campaignFromContext(context: Readonly<Record<string, unknown>> | undefined): CampaignFields | null {
  if (context === undefined) return null;
  const fields: CampaignFields = {
    source: cleanText(context.source),
    medium: cleanText(context.medium),
    name: cleanText(context.name),
    term: cleanText(context.term),
    content: cleanText(context.content),
    id: cleanText(context.id),
    sourcePlatform: firstText(context, 'source_platform', 'sourcePlatform'),
    creativeFormat: firstText(context, 'creative_format', 'creativeFormat'),
    marketingTactic: firstText(context, 'marketing_tactic', 'marketingTactic'),
  };
  for (const value of Object.values(fields)) if (value !== null) return fields;
  return null;
}

function firstText(record: Readonly<Record<string, unknown>>, name: string, alternative: string): string | null {
  return cleanText(record[name]) ?? cleanText(record[alternative]);
}

/** A key of `context.campaign`, matched case-insensitively. */
function contextValue(context: Readonly<Record<string, unknown>> | undefined, name: string): string | null {
  if (context === undefined) return null;
  for (const key in context) if (key.toLowerCase() === name) return cleanText(context[key]);
  return null;
}
