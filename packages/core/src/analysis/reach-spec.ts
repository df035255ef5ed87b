import type { Period } from './calendar';
import type { Filter } from './filters';

/**
 * Reach and frequency with costs: the marketing department's yardstick (SYSTEM.md: "number of
 * target customers reached, and cost per contact"). Every rule the SQL implementation must follow:
 *
 * **Touches.** Events with a timestamp in `period`, passing every filter (event filters on the touch,
 * trait filters on its person), that are one of:
 * - a `page` or `screen` event whose channel is none of `Direct`, `Email`, `SMS`,
 *   `Mobile Push Notifications`, `Unassigned` (traffic the company did not win by marketing:
 *   people coming back by themselves, or messages to people it already has);
 * - a `track` event `Event Attended` or `Ad Impression` (any channel).
 * Every touch event counts (no merging of page views). Reach = distinct persons (`personOf`);
 * frequency = touches / reach (null when reach is 0).
 *
 * **Rows.** `byChannel`: per channel (`event.channel`). `byCampaign`: per campaign, the touch's
 * `campaign.name` (utm_campaign) trimmed and compared ignoring case; a touch without one is in
 * campaign `(none)`. A row's `name` is the code-unit-smallest spelling met among its touches and
 * costs (`Spring` before `spring`). Rows are sorted by reach (descending), then name.
 *
 * **Costs.** CostRecords with `date` in `period.from..period.to` (calendar dates, inclusive). A cost
 * goes to the campaign row whose key equals its `campaign` trimmed and lower-cased (no campaign:
 * `(none)`), and to the channel row of its channel: `channelMap[cost.channel]` (keys compared
 * trimmed and ignoring case) when mapped, else the cost's own channel name; compared with touch
 * channels ignoring case. Costs without any touch still make a row (reach 0). So the campaign rows'
 * costs, the channel rows' costs and `total.cost` add up to the same amounts.
 * Filters restrict costs as far as a cost row can be tested, so cost per contact divides the
 * filtered costs by the filtered reach: a `channel` filter tests the cost's mapped channel, a
 * `campaign` filter on `name` tests its `campaign` (both as for touches, ignoring case). A cost row
 * cannot be split by an event property, a trait or another UTM field: with such a filter no cost
 * counts (cost empty, cost per contact unknown) rather than all of them.
 *
 * **Money.** Amounts are added exactly (`money.ts`), never across currencies: `cost` maps each
 * currency to its sum. With `currency`, every amount is first multiplied by the rate of its
 * currency (units of `reportingCurrency` per unit; the reporting currency itself is 1) and the
 * exact products are added; a currency without a rate is an `EXCHANGE_RATE_MISSING` error.
 * `costPerContact` = cost / reach per currency, null when reach is 0. Both are rounded once, to 4
 * fraction digits half away from zero, and written with 2 to 4 fraction digits.
 */
export interface ReachSpec {
  readonly period: Period;
  readonly filters?: readonly Filter[];
  /** Cost-file channel names (e.g. `Google Ads`) to channel groups (e.g. `Paid Search`). */
  readonly channelMap?: Readonly<Record<string, string>>;
  readonly currency?: { readonly reportingCurrency: string; readonly exchangeRates: Readonly<Record<string, string>> };
}

export interface ReachRow {
  readonly name: string;
  readonly reach: number;
  readonly touches: number;
  readonly frequency: number | null;
  /** Currency code -> exact amount text. */
  readonly cost: Readonly<Record<string, string>>;
  readonly costPerContact: Readonly<Record<string, string | null>>;
}

export interface ReachResult {
  readonly byChannel: readonly ReachRow[];
  readonly byCampaign: readonly ReachRow[];
  /** Distinct people over all touches (not the sum of the rows: one person touched twice counts once). */
  readonly total: Omit<ReachRow, 'name'>;
}

/** Channel groups whose page views are not marketing touches. */
export const NOT_REACH_CHANNELS: ReadonlySet<string> = new Set(['Direct', 'Email', 'SMS', 'Mobile Push Notifications', 'Unassigned']);

/** Track events that are touches whatever their channel. */
export const REACH_EVENTS: ReadonlySet<string> = new Set(['Event Attended', 'Ad Impression']);
