import { RE2JS } from 're2js';
import { DEFAULT_SOURCE_CATEGORIES, findSourceSite, type SourceCategory, type SourceSite } from './source-categories';

/** The traffic-source fields a channel rule can test. */
export type ChannelField = 'source' | 'medium' | 'campaign';

/**
 * A condition of a channel rule. Plain data (JSON-serialisable) so that a workspace can store an
 * edited rule set. All text comparisons ignore letter case.
 */
export type ChannelCondition =
  | { readonly op: 'in'; readonly field: ChannelField; readonly values: readonly string[] }
  /**
   * A regular expression in RE2 syntax (as GA4's own regex conditions: no lookaround, no
   * backreferences), case-insensitive, tested on the field's first MATCHED_TEXT_LIMIT characters;
   * anchor it with `^...$` as needed.
   */
  | { readonly op: 'matches'; readonly field: ChannelField; readonly pattern: string }
  | { readonly op: 'contains'; readonly field: ChannelField; readonly value: string }
  | { readonly op: 'endsWith'; readonly field: ChannelField; readonly value: string }
  /** The source is a site of this category in the source-category table. */
  | { readonly op: 'sourceCategory'; readonly category: SourceCategory }
  | { readonly op: 'any'; readonly of: readonly ChannelCondition[] }
  | { readonly op: 'all'; readonly of: readonly ChannelCondition[] };

/** One rule: the first rule whose condition holds gives the channel. */
export interface ChannelRule {
  readonly channel: string;
  readonly when: ChannelCondition;
}

/** What a message's traffic source is classified on. Null or blank fields count as `(not set)`. */
export interface ChannelInput {
  readonly source: string | null;
  readonly medium: string | null;
  readonly campaign: string | null;
}

/** GA4's PAID condition on the medium, exactly as Google documents it. */
export const PAID_MEDIUM_PATTERN = '^(.*cp.*|ppc|retargeting|paid.*)$';
/** GA4's shopping-campaign condition on the campaign name, exactly as Google documents it. */
export const SHOPPING_CAMPAIGN_PATTERN = '^(.*(([^a-df-z]|^)shop|shopping).*)$';
/** GA4's Organic Video condition on the medium. */
export const VIDEO_MEDIUM_PATTERN = '^(.*video.*)$';
/** The channel when no rule matches. */
export const UNASSIGNED_CHANNEL = 'Unassigned';

const paid: ChannelCondition = { op: 'matches', field: 'medium', pattern: PAID_MEDIUM_PATTERN };
const shoppingCampaign: ChannelCondition = { op: 'matches', field: 'campaign', pattern: SHOPPING_CAMPAIGN_PATTERN };
const isSite = (category: SourceCategory): ChannelCondition => ({ op: 'sourceCategory', category });
const mediumIn = (...values: string[]): ChannelCondition => ({ op: 'in', field: 'medium', values });
const any = (...of: ChannelCondition[]): ChannelCondition => ({ op: 'any', of });
const all = (...of: ChannelCondition[]): ChannelCondition => ({ op: 'all', of });
const EMAIL = ['email', 'e-mail', 'e_mail', 'e mail'];

/**
 * MarketOps' default channel group: GA4's default channel group (MEASUREMENT.md, in its order,
 * first match wins), with three offline channels inserted right after Direct.
 *
 * Why offline channels, and why that early: marketing and PR teams tag QR codes, vanity links and
 * event landing pages with a medium that says "offline". Later GA4 rules would swallow them:
 * `utm_source=wechat&utm_medium=qr` (a QR code on a poster) is Organic Social by source, a
 * `shop-opening` event campaign is Organic Shopping by SHOPCAMP. An explicit offline medium is the
 * strongest statement the tag makes, so it is read first. (Direct cannot collide: it needs medium
 * `(none)` or `(not set)`.) The set, by medium:
 * - Offline Events: offline, event(s), fair, trade-show, exhibition, expo, conference, meetup,
 *   launch, roadshow. `offline` goes here because teams use it for events (线下活动).
 * - Offline Press: press, press-event, press-conference, press-release, pr.
 * - Offline Print: print, qr, flyer, poster, brochure, direct-mail, billboard, ooh, magazine,
 *   newspaper, packaging. `qr` goes here because the code is printed; a QR code shown at an event
 *   should say `medium=event`.
 */
export const DEFAULT_CHANNEL_RULES: readonly ChannelRule[] = [
  { channel: 'Direct', when: all({ op: 'in', field: 'source', values: ['(direct)'] }, mediumIn('(not set)', '(none)')) },
  {
    channel: 'Offline Events',
    when: mediumIn('offline', 'event', 'events', 'fair', 'trade-show', 'trade_show', 'trade show', 'tradeshow', 'exhibition', 'expo', 'conference', 'meetup', 'launch', 'roadshow'),
  },
  { channel: 'Offline Press', when: mediumIn('press', 'press-event', 'press-conference', 'press-release', 'pr') },
  {
    channel: 'Offline Print',
    when: mediumIn('print', 'qr', 'qr-code', 'qrcode', 'flyer', 'poster', 'brochure', 'direct-mail', 'billboard', 'ooh', 'magazine', 'newspaper', 'packaging'),
  },
  { channel: 'Cross-network', when: { op: 'contains', field: 'campaign', value: 'cross-network' } },
  { channel: 'Paid Shopping', when: all(any(isSite('shopping'), shoppingCampaign), paid) },
  { channel: 'Paid Search', when: all(isSite('search'), paid) },
  { channel: 'Paid Social', when: all(isSite('social'), paid) },
  { channel: 'Paid Video', when: all(isSite('video'), paid) },
  { channel: 'Display', when: mediumIn('display', 'banner', 'expandable', 'interstitial', 'cpm') },
  { channel: 'Paid Other', when: paid },
  { channel: 'Organic Shopping', when: any(isSite('shopping'), shoppingCampaign) },
  {
    channel: 'Organic Social',
    when: any(isSite('social'), mediumIn('social', 'social-network', 'social-media', 'sm', 'social network', 'social media')),
  },
  { channel: 'Organic Video', when: any(isSite('video'), { op: 'matches', field: 'medium', pattern: VIDEO_MEDIUM_PATTERN }) },
  { channel: 'Organic Search', when: any(isSite('search'), mediumIn('organic')) },
  { channel: 'Referral', when: mediumIn('referral', 'app', 'link') },
  { channel: 'Email', when: any({ op: 'in', field: 'source', values: EMAIL }, mediumIn(...EMAIL)) },
  { channel: 'Affiliates', when: mediumIn('affiliate') },
  { channel: 'Audio', when: mediumIn('audio') },
  { channel: 'SMS', when: any({ op: 'in', field: 'source', values: ['sms'] }, mediumIn('sms')) },
  {
    channel: 'Mobile Push Notifications',
    when: any(
      { op: 'endsWith', field: 'medium', value: 'push' },
      { op: 'contains', field: 'medium', value: 'mobile' },
      { op: 'contains', field: 'medium', value: 'notification' },
    ),
  },
];

/**
 * The channel of a traffic source: the first rule whose condition holds, else `Unassigned`.
 * Pure; never throws: a malformed rule (an invalid regular expression, an unknown field) simply
 * never matches. Check rule sets with `channelRuleProblems` when they are configured.
 *
 * @example classifyChannel({ source: 'google', medium: 'cpm', campaign: null }) // 'Paid Search'
 * @example classifyChannel({ source: 'xiaohongshu', medium: 'referral', campaign: null }) // 'Organic Social'
 */
export function classifyChannel(
  input: ChannelInput,
  rules: readonly ChannelRule[] = DEFAULT_CHANNEL_RULES,
  categories: readonly SourceSite[] = DEFAULT_SOURCE_CATEGORIES,
): string {
  const index = matchingRule(input, rules, categories);
  return index === null ? UNASSIGNED_CHANNEL : (rules[index] as ChannelRule).channel;
}

/**
 * The index of the first rule whose condition holds for the traffic source, or null: what
 * `classifyChannel` decides on, for a settings screen that shows which rule matched.
 *
 * @example matchingRule({ source: '(direct)', medium: '(none)', campaign: null }, DEFAULT_CHANNEL_RULES) // 0
 */
export function matchingRule(
  input: ChannelInput,
  rules: readonly ChannelRule[] = DEFAULT_CHANNEL_RULES,
  categories: readonly SourceSite[] = DEFAULT_SOURCE_CATEGORIES,
): number | null {
  const fields: Record<ChannelField, string> = {
    source: normalise(input.source),
    medium: normalise(input.medium),
    campaign: normalise(input.campaign),
  };
  // Why a state object and module-level functions rather than closures: this runs for every
  // message, and the runtime (tsx, esbuild's keepNames) names every closure it creates.
  const state: RuleState = { fields, categories, category: undefined };
  for (let index = 0; index < rules.length; index++) {
    // Why the catch: a stored rule set may be malformed in ways types cannot see (a missing list,
    // an unknown field); such a rule never matches instead of failing the message.
    try {
      if (holds((rules[index] as ChannelRule).when, state)) return index;
    } catch {
      // never matches
    }
  }
  return null;
}

interface RuleState {
  readonly fields: Readonly<Record<ChannelField, string>>;
  readonly categories: readonly SourceSite[];
  /** The source's category, looked up once and only if a rule asks. */
  category: SourceCategory | null | undefined;
}

function holds(condition: ChannelCondition, state: RuleState): boolean {
  const { fields } = state;
  switch (condition.op) {
    case 'in': {
      const value = fields[condition.field];
      for (const candidate of condition.values) if (candidate.toLowerCase() === value) return true;
      return false;
    }
    case 'matches': {
      // Why the first MATCHED_TEXT_LIMIT characters only: with a bound on the text as well as on
      // the pattern (channel-rules-check.ts), no stored expression can hold a message for long.
      const text = fields[condition.field];
      return compileChannelPattern(condition.pattern)?.test(text.length > MATCHED_TEXT_LIMIT ? text.slice(0, MATCHED_TEXT_LIMIT) : text) ?? false;
    }
    case 'contains':
      return fields[condition.field].includes(condition.value.toLowerCase());
    case 'endsWith':
      return fields[condition.field].endsWith(condition.value.toLowerCase());
    case 'sourceCategory':
      if (state.category === undefined) state.category = findSourceSite(fields.source, state.categories)?.category ?? null;
      return state.category === condition.category;
    case 'any':
      for (const inner of condition.of) if (holds(inner, state)) return true;
      return false;
    case 'all':
      for (const inner of condition.of) if (!holds(inner, state)) return false;
      return true;
    default:
      return false; // an unknown op in a stored rule set: never matches
  }
}

function normalise(value: string | null): string {
  const text = value?.trim().toLowerCase() ?? '';
  return text === '' ? '(not set)' : text;
}

/** What a `matches` test runs: `test` is true when the expression matches somewhere in the text. */
export interface ChannelPattern {
  test(text: string): boolean;
}

/**
 * The patterns of the default rules, vetted by hand (linear on the bounded text): they run on
 * V8's own engine, about 40 times faster than RE2 in JavaScript, on every message.
 */
const VETTED_PATTERNS: ReadonlySet<string> = new Set([PAID_MEDIUM_PATTERN, SHOPPING_CAMPAIGN_PATTERN, VIDEO_MEDIUM_PATTERN]);

// Why a cache: rule sets are few and fixed, messages are many; compiling per message would dominate.
const compiled = new Map<string, ChannelPattern | null>();

/** A `matches` test reads at most this many characters of the field (UTM values are short; junk is not). */
export const MATCHED_TEXT_LIMIT = 500;

/**
 * The expression of a `matches` test as classification runs it, or null when RE2 refuses it.
 * Why RE2 (re2js) for every pattern a workspace writes: its matching time is linear in the text,
 * whatever the pattern, so no stored rule can hold ingestion with catastrophic backtracking
 * (`(a|a)*$`), which no syntactic check reliably rules out. It is also GA4's regex dialect.
 */
export function compileChannelPattern(pattern: string): ChannelPattern | null {
  let compiledPattern = compiled.get(pattern);
  if (compiledPattern === undefined) {
    try {
      compiledPattern = VETTED_PATTERNS.has(pattern) ? new RegExp(pattern, 'i') : RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    } catch {
      compiledPattern = null;
    }
    // Why evict the oldest rather than stop caching: workspaces change their rules; a full cache
    // must not leave later patterns compiled again on every message.
    if (compiled.size >= PATTERN_CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
    compiled.set(pattern, compiledPattern);
  }
  return compiledPattern;
}

/** Patterns kept compiled: far more than the rule sets in use hold (at most 50 each). */
const PATTERN_CACHE_SIZE = 2000;
