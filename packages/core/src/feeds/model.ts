import type { FunctionId } from '../catalog/types';
import type { CostType } from './cost-types';

/**
 * One marketing cost: money spent on one calendar day, on one channel, of one type. Imported from
 * a costs file; see docs/feeds.md for the columns.
 */
export interface CostRecord {
  readonly workspaceId: string;
  /** The workspace's calendar day, `YYYY-MM-DD`; no time and no zone. */
  readonly date: string;
  /** Where the money went, as the file names it (e.g. `WeChat`, `Google Ads`, `展会`). */
  readonly channel: string;
  readonly campaign: string | null;
  readonly costType: CostType;
  /**
   * The exact decimal amount as a string (`'1234.50'`, `'-80.00'` for a refund), never a float:
   * at least two and at most four fraction digits, no exponent, no thousands separators.
   */
  readonly amount: string;
  /** ISO 4217 code, upper-case (`CNY`, `JPY`, `EUR`). Amounts of different currencies are never added. */
  readonly currency: string;
  /** The catalog function the cost belongs to (`pr`, `new-media`), when the file says so. */
  readonly functionId: FunctionId | null;
  readonly note: string | null;
  /** The idempotency key, unique per workspace (see `row-keys.ts`). */
  readonly rowKey: string;
}

/**
 * One channel account's statistics for one calendar day, as the platform's export reports them.
 * A metric the export does not carry is `null` (unknown), never 0.
 */
export interface ChannelStatSnapshot {
  readonly workspaceId: string;
  /** Lower-case platform id: `wechat`, `weibo`, `douyin`, `youtube`, `x`... */
  readonly platform: string;
  /** The account on that platform (its name or handle). */
  readonly account: string;
  /** `YYYY-MM-DD`, the platform's reporting day. */
  readonly date: string;
  /** Total followers (subscribers, fans) at the end of the day. */
  readonly followers: number | null;
  /** Reads, views, plays or impressions of the day, per the platform's mapping. */
  readonly reads: number | null;
  /** Likes/reactions + comments + shares (+ saves) of the day. */
  readonly interactions: number | null;
  /** Posts published that day. */
  readonly posts: number | null;
  /** The idempotency key, unique per workspace: platform, account and date. */
  readonly rowKey: string;
}

/** The metrics of a snapshot, in a fixed order. */
export const CHANNEL_METRICS = ['followers', 'reads', 'interactions', 'posts'] as const;
/** A metric of a snapshot. */
export type ChannelMetric = (typeof CHANNEL_METRICS)[number];

/**
 * One problem with one row of an imported file: its 1-based line (where the row starts), the
 * canonical field, the column as the file names it, and why.
 */
export interface RowProblem {
  readonly line: number;
  /** Canonical field (`amount`, `date`), or `row` for the row as a whole. */
  readonly field: string;
  /** The column header as written in the file, when the problem is in one cell. */
  readonly column?: string;
  readonly reason: string;
}

/** A validated row, or every problem found in it. */
export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

/** An inclusive range of calendar days, `YYYY-MM-DD`. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** What a bulk upsert did: rows new, rows changed, rows already identical. */
export interface UpsertCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}
