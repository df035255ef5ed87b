import type { FunctionId } from '../catalog/types';
import type { CostType } from './cost-types';
import type { ChannelStatSnapshot, CostRecord, DateRange, UpsertCounts } from './model';

/** Called while a bulk write proceeds with the number of rows written so far. */
export type WriteProgress = (rowsWritten: number) => void;

/** Which costs to list: a date range, optional exact filters, and a page. */
export interface CostListQuery extends DateRange {
  readonly channel?: string;
  readonly costType?: CostType;
  /** Default 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** Dimensions cost totals can be grouped by; totals are always also split by currency. */
export const COST_GROUP_BY = ['day', 'month', 'channel', 'campaign', 'costType', 'function'] as const;
/** A dimension cost totals may be grouped by. */
export type CostGroupBy = (typeof COST_GROUP_BY)[number];

/** One group's total. Only the fields of the requested dimensions are set. */
export interface CostTotal {
  /** `YYYY-MM-DD`, with `day`. */
  readonly day?: string;
  /** `YYYY-MM`, with `month`. */
  readonly month?: string;
  readonly channel?: string;
  readonly campaign?: string | null;
  readonly costType?: CostType;
  readonly functionId?: FunctionId | null;
  readonly currency: string;
  /** Exact sum, canonical text like {@link CostRecord.amount}. */
  readonly amount: string;
  /** How many cost rows the group holds. */
  readonly rows: number;
}

/**
 * Marketing costs. Implemented once in SQL for PGlite and PostgreSQL; one contract suite runs
 * against both. Writes are idempotent: a row is identified by (workspace, rowKey).
 */
export interface CostStore {
  /**
   * Inserts new rows and updates changed ones in one transaction (all or nothing), and counts
   * what happened. Row keys within one call must be unique. Throws WORKSPACE_NOT_FOUND.
   */
  upsertCosts(records: readonly CostRecord[], onProgress?: WriteProgress): Promise<UpsertCounts>;
  /** Costs in the range, ordered by date, channel and row key. */
  listCosts(workspaceId: string, query: CostListQuery): Promise<CostRecord[]>;
  /** Totals per currency and the requested dimensions, in the range, ordered by the dimensions. */
  summariseCosts(workspaceId: string, range: DateRange, groupBy: readonly CostGroupBy[]): Promise<CostTotal[]>;
  /**
   * A number that moves with every write of cost rows (any workspace's, by any process, a deleted
   * workspace's too), in the write's own transaction: rows listed after reading a version are at
   * least as new as that version, so a reader may keep what it listed until the version moves.
   */
  version(): Promise<number>;
}

/** Which snapshots to list. */
export interface ChannelStatListQuery extends DateRange {
  readonly platform?: string;
  readonly account?: string;
  /** Default 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * One account's numbers over a date range. Flows (reads, interactions, posts) are summed over the
 * days that report them (null when none does); followers are a stock, so the first and last
 * reported values are given instead of a sum.
 */
export interface ChannelAccountSummary {
  readonly platform: string;
  readonly account: string;
  /** Days with a snapshot in the range. */
  readonly days: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly followersFirst: number | null;
  readonly followersLast: number | null;
  readonly reads: number | null;
  readonly interactions: number | null;
  readonly posts: number | null;
}

/**
 * Channel-account statistics snapshots, keyed by (workspace, rowKey). A snapshot written again
 * keeps the stored value of every metric the new one leaves null, so two exports of one account
 * and day (WeChat's user analysis and its content analysis) complete each other.
 */
export interface ChannelStatStore {
  /** Like {@link CostStore.upsertCosts}, with the merge rule above. Throws WORKSPACE_NOT_FOUND. */
  upsertSnapshots(records: readonly ChannelStatSnapshot[], onProgress?: WriteProgress): Promise<UpsertCounts>;
  /** Snapshots in the range, ordered by platform, account and date. */
  listSnapshots(workspaceId: string, query: ChannelStatListQuery): Promise<ChannelStatSnapshot[]>;
  /** One summary per platform and account with snapshots in the range. */
  summariseSnapshots(workspaceId: string, range: DateRange): Promise<ChannelAccountSummary[]>;
  /** Like {@link CostStore.version}, for the snapshot rows. */
  version(): Promise<number>;
}
