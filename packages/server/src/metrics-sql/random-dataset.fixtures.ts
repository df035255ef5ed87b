import {
  addDays,
  EVENTS,
  periodInstants,
  type ChannelStatSnapshot,
  type CostRecord,
  type MessageType,
  type MetricOptions,
  type Period,
  type StoredEvent,
  type TargetAudienceRule,
} from '@marketops/core';
import fc from 'fast-check';
import { NO_CAMPAIGN } from '../events/event-fixtures';

/**
 * Random small worlds for the property tests of the SQL engine: a period near a DST change in
 * Asia/Shanghai, Europe/Madrid or UTC, a handful of people who browse anonymously and identify
 * later (one device can be linked to two users at the same instant), events at the period's edges
 * and at identical instants, exact duplicates of a message, orders in several currencies, survey
 * answers, store reports, activities, costs and channel snapshots.
 *
 * Values avoid the cases where formula.ts and the reference disagree (see text-decides tests):
 * money amounts are plain decimals or numbers below 1e21.
 */
export interface RandomWorld {
  /** The event names of the world's focus (most of its `track` events). */
  readonly focusNames: readonly string[];
  readonly period: Period;
  readonly events: readonly StoredEvent[];
  readonly costs: readonly CostRecord[];
  readonly channelStats: readonly ChannelStatSnapshot[];
  readonly options: MetricOptions;
}

const ZONES = ['Asia/Shanghai', 'Europe/Madrid', 'UTC'] as const;
// Madrid changes clocks on 2026-03-29 and 2026-10-25; the periods straddle both.
const FIRST_DAYS = ['2026-03-24', '2026-03-29', '2026-10-20', '2026-10-25', '2026-10-26'] as const;
const HOUR = 3_600_000;
const MINUTE = 60_000;

const WHO = ['u:u1', 'u:u2', 'u:u3', 'a:x', 'a:y', 'a:z', 'u:u1+a:x', 'u:u2+a:y', 'u:u3+a:x', 'u:u2+a:z'];

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** Offsets from an anchor: exact edges, 1 ms either side, gap multiples, hours and days. */
const offsetArb = fc.oneof(
  fc.constantFrom(0, -1, 1, 30 * MINUTE, -30 * MINUTE, 30 * MINUTE + 1, 23 * HOUR, 25 * HOUR, 7 * 24 * HOUR, -7 * 24 * HOUR),
  fc.integer({ min: -3 * 24, max: 12 * 24 }).map((h) => h * HOUR),
  fc.integer({ min: -2 * 24 * 60, max: 12 * 24 * 60 }).map((m) => m * MINUTE),
);

const VALUES = {
  order_id: fc.constantFrom('o1', 'o2', 'o3', 7, ''),
  total: fc.constantFrom(10, 19.99, '12.50', '-3', 'bad', 0.1, 1e-7, 250000),
  revenue: fc.constantFrom(5, '4.75'),
  currency: fc.constantFrom('USD', 'usd', 'CNY', '', 'EUR', 'USD', 'JPY'),
  content_id: fc.constantFrom('c1', 'c2', 3),
  post_id: fc.constantFrom('p1', 'p2'),
  report_id: fc.constantFrom('r1', 'r2', 2),
  decision: fc.constantFrom('approved', 'rejected', 'later'),
  asset_id: fc.constantFrom('a1', 'a2'),
  review_round: fc.constantFrom(1, 2, '1'),
  passed: fc.constantFrom(true, false, 'true'),
  url: fc.constantFrom('https://www.news.example/a', 'https://blog.example/b', 'not a url'),
  tone: fc.constantFrom('positive', 'neutral', 'negative', 'mixed'),
  referral_code: fc.constantFrom('A', 'B', 1),
  referrer_id: fc.constantFrom('u1', ''),
  survey_id: fc.constantFrom('s1', 's1', 's1', 's2', 5),
  question: fc.constantFrom('nps', 'nps', 'csat', 'csat', 'aided-awareness', 'top-of-mind'),
  score: fc.constantFrom(0, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 4.5, '9', 11),
  answer: fc.constantFrom('yes', 'no', true, false, 'maybe'),
  activity_id: fc.constantFrom('act1', 'act2', 3),
  milestone: fc.constantFrom('m1', 'm2'),
  due_date: fc.constantFrom('2026-03-25', '2026-03-30', '2026-10-22', '2026-10-27', 'soon'),
  completed_date: fc.constantFrom('2026-03-24', '2026-03-31', '2026-10-22', '2026-10-30', null),
  goal_event: fc.constantFrom('Order Completed', 'Signed Up', ''),
  store: fc.constantFrom('app-store', 'google-play', ''),
  date: fc.constantFrom('2026-03-23', '2026-03-25', '2026-03-29', '2026-10-21', '2026-10-26', '2026-10-31', '26-10-26'),
  downloads: fc.constantFrom(3, 10, '5'),
  rank: fc.constantFrom(0, 4, 12, 30),
  chart_length: fc.constantFrom(100, 200),
  rating: fc.constantFrom(3.5, 4.2, 5),
  ratings_count: fc.constantFrom(0, 10, 25),
} as const;

type PropName = keyof typeof VALUES;

/** What an event is, with the properties its metrics read (each present about 6 times in 7). */
interface Recipe {
  readonly type: MessageType;
  readonly names: readonly string[];
  readonly props: readonly PropName[];
}

/** People browsing and identifying: in every world. */
const BASE: readonly Recipe[] = [
  { type: 'page', names: ['Home', 'Email Delivered'], props: ['content_id'] },
  { type: 'screen', names: ['Feed'], props: ['content_id'] },
  { type: 'identify', names: [], props: [] },
  { type: 'alias', names: [], props: [] },
];

/** Each world draws one or two of these, so the metrics reading them see dense data. */
const FOCUS: readonly Recipe[] = [
  { type: 'track', names: ['Lead Qualified', 'Order Completed'], props: ['order_id', 'total', 'currency'] },
  { type: 'track', names: ['Ad Impression', 'Ad Clicked', 'Application Installed', 'Content Liked', 'Content Shared', 'Post Created', 'Event Attended', 'Product Viewed'], props: ['content_id', 'post_id'] },
  { type: 'track', names: ['Order Completed', 'Order Refunded'], props: ['order_id', 'total', 'revenue', 'currency'] },
  { type: 'track', names: ['Survey Answered'], props: ['question', 'score', 'answer', 'survey_id'] },
  { type: 'track', names: ['Report Delivered', 'Report Decided', 'Report Cited'], props: ['report_id', 'decision'] },
  { type: 'track', names: ['Asset Reviewed'], props: ['asset_id', 'review_round', 'passed'] },
  { type: 'track', names: ['Media Mentioned'], props: ['url', 'tone'] },
  { type: 'track', names: ['Referral Sent', 'Signed Up'], props: ['referral_code', 'referrer_id'] },
  { type: 'track', names: ['Activity Joined', 'Activity Ended', 'Signed Up'], props: ['activity_id', 'goal_event'] },
  { type: 'track', names: ['Activity Milestone Due'], props: ['activity_id', 'milestone', 'due_date', 'completed_date'] },
  { type: 'track', names: ['App Store Stats Reported'], props: ['store', 'date', 'downloads', 'rank', 'chart_length', 'rating', 'ratings_count'] },
  { type: 'track', names: [...Object.values(EVENTS), 'Email Delivered', 'Other Thing'], props: ['content_id', 'post_id', 'order_id'] },
];

function propsArb(names: readonly PropName[]): fc.Arbitrary<Record<string, unknown>> {
  const entries = names.map((name) => fc.option(VALUES[name] as fc.Arbitrary<unknown>, { nil: undefined, freq: 6 }).map((value) => [name, value] as const));
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
}

const recipeArb = (recipes: readonly Recipe[]): fc.Arbitrary<{ type: MessageType; name: string | null; props: Record<string, unknown> }> =>
  fc.constantFrom(...recipes).chain((recipe) =>
  fc.record({ type: fc.constant(recipe.type), name: recipe.names.length === 0 ? fc.constant(null) : fc.constantFrom(...recipe.names), props: propsArb(recipe.props) }),
);

function eventArb(recipes: readonly Recipe[], anchors: readonly number[], index: number): fc.Arbitrary<StoredEvent> {
  return fc
      .record({
        recipe: recipeArb(recipes),
        who: fc.constantFrom(...WHO),
        previous: fc.constantFrom('a:x', 'a:z', 'u:u3'),
        anchor: fc.constantFrom(...anchors),
        offset: offsetArb,
        channel: fc.constantFrom('Direct', 'Organic Social', 'Email', 'Referral'),
        source: fc.constantFrom(null, 'weibo_official', 'Weibo_Official', 'news'),
        medium: fc.constantFrom(null, 'pr', 'PR', 'cpc'),
        referrer: fc.constantFrom(null, 'https://news.example/story', 'http://WWW.NEWS.EXAMPLE/', 'https://other.example', 'nope'),
        pagePath: fc.constantFrom(null, '/shop/item', '/about'),
        device: maybe(fc.constantFrom('d1', 'd2', '')),
        segment: fc.constantFrom('target', 'other'),
      })
      .map((r): StoredEvent => {
        const userId = /u:([^+]+)/.exec(r.who)?.[1] ?? null;
        const anonymousId = /a:([^+]+)/.exec(r.who)?.[1] ?? null;
        const timestamp = new Date(r.anchor + r.offset);
        return {
          workspaceId: 'ws',
          messageId: `m${String(index).padStart(4, '0')}`,
          type: r.recipe.type,
          event: r.recipe.name,
          category: null,
          userId: r.recipe.type === 'alias' ? (userId ?? 'u1') : userId,
          anonymousId,
          groupId: null,
          previousId: r.recipe.type === 'alias' ? r.previous.slice(2) : null,
          timestamp,
          originalTimestamp: null,
          sentAt: null,
          receivedAt: timestamp,
          channel: r.channel,
          campaign: { ...NO_CAMPAIGN, source: r.source, medium: r.medium },
          clickIds: {},
          pageUrl: null,
          pagePath: r.pagePath,
          referrer: r.referrer,
          revenue: null,
          currency: null,
          properties: r.recipe.props,
          traits: r.recipe.type === 'identify' ? { segment: r.segment } : {},
          context: r.device === undefined ? {} : { device: { id: r.device } },
          warnings: [],
        };
      });
}

  function costArb(period: Period): fc.Arbitrary<CostRecord> {
    return fc
      .record({
        day: fc.integer({ min: -3, max: 9 }),
        amount: fc.constantFrom('100.00', '-20.50', '0.01', '12.3456'),
        currency: fc.constantFrom('CNY', 'USD', 'usd'),
        functionId: fc.constantFrom(null, 'pr', 'new-media'),
        costType: fc.constantFrom('media', 'production'),
        n: fc.nat(),
      })
      .map((r) => ({
        workspaceId: 'ws',
        date: addDays(period.from, r.day),
        channel: 'WeChat',
        campaign: null,
        costType: r.costType as CostRecord['costType'],
        amount: r.amount,
        currency: r.currency,
        functionId: r.functionId as CostRecord['functionId'],
        note: null,
        rowKey: `c${r.n}`,
      }));
}

  function snapshotArb(period: Period): fc.Arbitrary<ChannelStatSnapshot> {
    const value = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null });
    return fc
      .record({ account: fc.constantFrom('main', 'second'), day: fc.integer({ min: -4, max: 9 }), followers: value, reads: value, interactions: value })
      .map((r) => ({
        workspaceId: 'ws',
        platform: 'weibo',
        account: r.account,
        date: addDays(period.from, r.day),
        followers: r.followers,
        reads: r.reads,
        interactions: r.interactions,
        posts: null,
        rowKey: `weibo/${r.account}/${r.day}`,
      }));
}

/** A different USD rate on the first day and EUR rate on the second: each order at its day's rate. */
function dailyRates(period: Period): Record<string, Record<string, string>> {
  return { [period.from]: { USD: '7.2' }, [addDays(period.from, 1)]: { EUR: '7.7001' } };
}

const TARGET_SEGMENT: TargetAudienceRule = [{ trait: 'segment', op: 'in', values: ['target'] }];

/** How many focus recipes there are (`worldArb(i)` focuses on recipe i alone). */
export const FOCUS_COUNT = FOCUS.length;

/** Where and when a world's period lies (default: around Madrid's changes, in three zones, 1 to 8 days). */
export interface WorldCalendar {
  readonly zones: readonly string[];
  readonly firstDays: readonly string[];
  readonly maxDays: number;
}

const DEFAULT_CALENDAR: WorldCalendar = { zones: ZONES, firstDays: FIRST_DAYS, maxDays: 8 };

/**
 * A random world whose `track` events come from one or two random FOCUS recipes, or from recipe
 * `focusIndex` alone (so the metrics reading those events see dense data).
 */
export function worldArb(focusIndex?: number, calendar: WorldCalendar = DEFAULT_CALENDAR): fc.Arbitrary<RandomWorld> {
  const focusArb = focusIndex === undefined ? fc.subarray([...FOCUS], { minLength: 1, maxLength: 2 }) : fc.constant(FOCUS.slice(focusIndex, focusIndex + 1));
  return fc
    .record({
      zone: fc.constantFrom(...calendar.zones),
      from: fc.constantFrom(...calendar.firstDays),
      days: fc.integer({ min: 1, max: calendar.maxDays }),
      focus: focusArb,
    })
    .chain(({ zone, from, days, focus }) => {
      const recipes = [...BASE, ...focus, ...focus, ...focus];
      const period: Period = { from, to: addDays(from, days - 1), timeZone: zone };
      const { start, end } = periodInstants(period);
      const anchors = [start.getTime(), end.getTime(), start.getTime() - 8 * 24 * HOUR, start.getTime() + 11 * HOUR, start.getTime() + 30 * HOUR, start.getTime() + 50 * HOUR, start.getTime() + 2 * HOUR, start.getTime() + 3 * HOUR, start.getTime() + 14 * HOUR];
      return fc.record({
        focusNames: fc.constant(focus.flatMap((recipe) => recipe.names)),
        period: fc.constant(period),
        events: fc
          .integer({ min: 20, max: 80 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(recipes, anchors, i))))
          .chain((events) =>
            // Exact copies of a message (a client retry): the store keeps one, the reference sees both.
            fc.subarray(events, { maxLength: Math.min(3, events.length) }).map((copies) => [...events, ...copies.map((e) => ({ ...e }))]),
          ),
        costs: fc.array(costArb(period), { maxLength: 5 }),
        channelStats: fc.uniqueArray(snapshotArb(period), { maxLength: 8, selector: (s) => s.rowKey }),
        options: fc.record({
          asOf: fc.constantFrom(start.getTime() + 5 * HOUR, end.getTime() - 1, end.getTime() + 20 * MINUTE, end.getTime() + 3 * 24 * HOUR, end.getTime() + 200 * 24 * HOUR).map((t) => new Date(t)),
          daily: fc.boolean(),
          audience: fc.boolean(),
          retentionDay: maybe(fc.integer({ min: 1, max: 3 })),
        }),
      });
    })
    .map(({ focusNames, period, events, costs, channelStats, options }) => ({
      focusNames,
      period,
      events,
      costs,
      channelStats,
      options: {
        asOf: options.asOf,
        reportingCurrency: 'CNY',
        exchangeRates: { USD: '7.1', EUR: '7.65' },
        ...(options.daily ? { dailyExchangeRates: dailyRates(period) } : {}),
        settings: {
          ...(options.audience ? { targetAudience: TARGET_SEGMENT } : {}),
          ...(options.retentionDay === undefined ? {} : { retentionDay: options.retentionDay }),
          ownAccounts: ['weibo_official'],
          storePathPrefixes: ['/shop'],
          primaryStore: 'app-store',
        },
      },
    }));
}
