import {
  createCostRowKeyer,
  createSnapshotRowKeyer,
  DomainError,
  isIsoDate,
  type ChannelAccountSummary,
  type ChannelStatListQuery,
  type ChannelStatSnapshot,
  type ChannelStatStore,
  type CostGroupBy,
  type CostListQuery,
  type CostRecord,
  type CostStore,
  type CostTotal,
  type DateRange,
  type OrgStore,
  type UpsertCounts,
} from '@marketops/core';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logging/logger';
import { findChannelStatFormat } from '../feeds/csv/channel-formats/index';
import { openChannelStatsFile } from '../feeds/csv/channel-stats-csv';
import { openCostsFile } from '../feeds/csv/costs-csv';
import type { CsvSource } from '../feeds/csv/decode';
import { collectRows, importReport, rowsInvalid, type CollectedRows, type ImportOptions, type ImportReport } from './feed-import';

export type { ImportOptions, ImportProgress, ImportReport } from './feed-import';

/** Options of a channel-statistics import: the values platform exports do not carry. */
export interface ChannelStatsImportOptions extends ImportOptions {
  /** The account the export belongs to (platform formats; the generic format has a column). */
  readonly account?: string;
  /** Generic format without a platform column: the platform of every row. */
  readonly platform?: string;
}

/** What the feed service works with: the feed stores, the org store (workspaces), a logger. */
export interface FeedServiceDeps {
  readonly costs: CostStore;
  readonly channelStats: ChannelStatStore;
  /** To tell an unknown workspace before reading a whole file. */
  readonly orgs: Pick<OrgStore, 'getOrgMap'>;
  readonly logger: Logger;
}

/**
 * The application service for the data feeds besides events: marketing costs and channel-account
 * statistics. An import reads and validates the whole file first (streaming), then writes every
 * good row in one transaction. A file with bad rows is refused whole (IMPORT_ROWS_INVALID, every
 * bad row's line, field and reason) unless `skipBadRows` is set; importing a file again changes
 * nothing (row keys, see core/src/feeds/row-keys.ts).
 *
 * @example
 * const report = await feeds.importCostsCsv('acme', createReadStream('costs.csv'), { skipBadRows: false });
 * report.inserted // 120
 */
export class FeedService {
  /**
   * Rows read by `allCosts` and `allChannelStats`, per feed, workspace and range, with the store's
   * version they were read at; handed out frozen, read again once the version moved. Why: every
   * metric request that uses costs or snapshots reads them, and on embedded storage reading a few
   * hundred rows took 15-30 ms of the main thread per request (`version()` costs one small query).
   * Bounded by entries: a handful of ranges per workspace are in use at a time.
   */
  readonly #kept = new LRUCache<string, { readonly version: number; readonly rows: readonly unknown[] }>({ max: 64 });

  constructor(private readonly deps: FeedServiceDeps) {}

  /** Imports a costs CSV (columns in docs/feeds.md). */
  async importCostsCsv(workspaceId: string, source: CsvSource, options: ImportOptions = {}): Promise<ImportReport> {
    await this.assertWorkspace(workspaceId);
    const collected = await collectRows(
      (readOptions) => openCostsFile(source, readOptions),
      createCostRowKeyer(),
      (draft, rowKey): CostRecord => ({
        workspaceId,
        date: draft.date,
        channel: draft.channel,
        campaign: draft.campaign,
        costType: draft.costType,
        amount: draft.amount,
        currency: draft.currency,
        functionId: draft.functionId,
        note: draft.note,
        rowKey,
      }),
      options,
    );
    return this.write(workspaceId, 'costs', collected, options, (records, onProgress) => this.deps.costs.upsertCosts(records, onProgress));
  }

  /**
   * Imports a channel-statistics CSV in one platform's export format (`wechat`, `douyin`,
   * `youtube`... or `generic`). Throws IMPORT_FORMAT_UNKNOWN for another name.
   */
  async importChannelStatsCsv(
    workspaceId: string,
    formatId: string,
    source: CsvSource,
    options: ChannelStatsImportOptions = {},
  ): Promise<ImportReport> {
    const format = findChannelStatFormat(formatId);
    const account = options.account?.trim() || undefined;
    if (format.platform !== null && account === undefined) {
      throw new DomainError('VALIDATION_FAILED', `the ${format.id} format needs the account the export belongs to: platform exports do not name it`, [
        { path: 'account', code: 'VALIDATION_FAILED', message: 'required for platform formats' },
      ]);
    }
    await this.assertWorkspace(workspaceId);
    const collected = await collectRows(
      (readOptions) => openChannelStatsFile(source, format, { account, platform: options.platform?.trim() || undefined }, readOptions),
      createSnapshotRowKeyer(),
      (draft, rowKey): ChannelStatSnapshot => ({
        workspaceId,
        platform: draft.platform,
        account: draft.account,
        date: draft.date,
        followers: draft.followers,
        reads: draft.reads,
        interactions: draft.interactions,
        posts: draft.posts,
        rowKey,
      }),
      options,
    );
    return this.write(workspaceId, `channel-stats/${format.id}`, collected, options, (records, onProgress) =>
      this.deps.channelStats.upsertSnapshots(records, onProgress),
    );
  }

  /** Costs in a date range (inclusive), optionally filtered, paged. */
  async listCosts(workspaceId: string, query: CostListQuery): Promise<CostRecord[]> {
    await this.assertWorkspace(workspaceId, query);
    return this.deps.costs.listCosts(workspaceId, query);
  }

  /**
   * Every cost in a date range (inclusive), read a page at a time: what analyses and metrics sum.
   * A period's costs are few next to its events.
   */
  async allCosts(workspaceId: string, range: DateRange): Promise<readonly CostRecord[]> {
    await this.assertWorkspace(workspaceId, range);
    return this.#keptRows('costs', workspaceId, range, this.deps.costs, (limit, offset) => this.deps.costs.listCosts(workspaceId, { ...range, limit, offset }));
  }

  /** Every channel snapshot in a date range (inclusive), read a page at a time. */
  async allChannelStats(workspaceId: string, range: DateRange): Promise<readonly ChannelStatSnapshot[]> {
    await this.assertWorkspace(workspaceId, range);
    return this.#keptRows('channel-stats', workspaceId, range, this.deps.channelStats, (limit, offset) => this.deps.channelStats.listSnapshots(workspaceId, { ...range, limit, offset }));
  }

  /** The rows as last read, when the store's version has not moved since; else read afresh and kept. */
  async #keptRows<T extends object>(feed: string, workspaceId: string, range: DateRange, store: { version(): Promise<number> }, page: (limit: number, offset: number) => Promise<T[]>): Promise<readonly T[]> {
    const key = JSON.stringify([feed, workspaceId, range.from, range.to]);
    // Why the version first: rows read after it are at least that new, so they may be kept under it.
    const version = await store.version();
    const kept = this.#kept.get(key);
    if (kept !== undefined && kept.version === version) return kept.rows as readonly T[];
    const rows = Object.freeze((await readAllPages(page)).map((row) => Object.freeze(row)));
    this.#kept.set(key, { version, rows });
    return rows;
  }

  /** Cost totals per currency and the requested dimensions. */
  async summariseCosts(workspaceId: string, range: DateRange, groupBy: readonly CostGroupBy[]): Promise<CostTotal[]> {
    await this.assertWorkspace(workspaceId, range);
    return this.deps.costs.summariseCosts(workspaceId, range, groupBy);
  }

  /** Channel-statistics snapshots in a date range, optionally filtered, paged. */
  async listChannelStats(workspaceId: string, query: ChannelStatListQuery): Promise<ChannelStatSnapshot[]> {
    await this.assertWorkspace(workspaceId, query);
    return this.deps.channelStats.listSnapshots(workspaceId, query);
  }

  /** One summary per platform account in a date range. */
  async summariseChannelStats(workspaceId: string, range: DateRange): Promise<ChannelAccountSummary[]> {
    await this.assertWorkspace(workspaceId, range);
    return this.deps.channelStats.summariseSnapshots(workspaceId, range);
  }

  private async write<R>(
    workspaceId: string,
    feed: string,
    collected: CollectedRows<R>,
    options: ImportOptions,
    upsert: (records: readonly R[], onProgress: (rows: number) => void) => Promise<UpsertCounts>,
  ): Promise<ImportReport> {
    if (collected.problemCount > 0 && options.skipBadRows !== true) throw rowsInvalid(collected);
    const totalRows = collected.records.length;
    const counts = await upsert(collected.records, (rows) => options.onProgress?.({ phase: 'writing', rows, totalRows }));
    const report = importReport(collected, counts);
    this.deps.logger.info(
      { workspaceId, feed, rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped },
      'feed imported',
    );
    return report;
  }

  /** Throws WORKSPACE_NOT_FOUND, and VALIDATION_FAILED for a malformed or reversed range. */
  private async assertWorkspace(workspaceId: string, range?: DateRange): Promise<void> {
    if (range !== undefined) assertRange(range);
    if ((await this.deps.orgs.getOrgMap(workspaceId)) === null) {
      throw new DomainError('WORKSPACE_NOT_FOUND', `workspace "${workspaceId}" does not exist`);
    }
  }
}

function assertRange(range: DateRange): void {
  for (const key of ['from', 'to'] as const) {
    if (!isIsoDate(range[key])) {
      throw new DomainError('VALIDATION_FAILED', `${key} must be a date YYYY-MM-DD, not "${range[key]}"`, [
        { path: key, code: 'VALIDATION_FAILED', message: 'expected YYYY-MM-DD' },
      ]);
    }
  }
  if (range.from > range.to) {
    throw new DomainError('VALIDATION_FAILED', `from (${range.from}) is after to (${range.to})`, [
      { path: 'from', code: 'VALIDATION_FAILED', message: 'must not be after to' },
    ]);
  }
}

const PAGE = 1_000;

async function readAllPages<T>(page: (limit: number, offset: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(PAGE, offset);
    all.push(...rows);
    if (rows.length < PAGE) return all;
  }
}
