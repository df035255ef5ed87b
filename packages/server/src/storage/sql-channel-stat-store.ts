import type {
  ChannelAccountSummary,
  ChannelStatListQuery,
  ChannelStatSnapshot,
  ChannelStatStore,
  DateRange,
  UpsertCounts,
  WriteProgress,
} from '@marketops/core';
import { bulkUpsert, type BulkUpsertSpec } from './sql-bulk-upsert';
import type { SqlClient } from './sql-client';
import { countOrNull } from './sql-values';

// Why COALESCE: a metric the new snapshot does not carry (null) keeps the stored value, so two
// exports of one account and day complete each other instead of erasing each other's numbers.
const SNAPSHOTS: BulkUpsertSpec = {
  table: 'channel_stats',
  columns: [
    { name: 'workspace_id', type: 'text' },
    { name: 'row_key', type: 'text' },
    { name: 'platform', type: 'text' },
    { name: 'account', type: 'text' },
    { name: 'day', type: 'date' },
    { name: 'followers', type: 'bigint' },
    { name: 'reads', type: 'bigint' },
    { name: 'interactions', type: 'bigint' },
    { name: 'posts', type: 'bigint' },
  ],
  set: `platform = EXCLUDED.platform, account = EXCLUDED.account, day = EXCLUDED.day,
        followers = COALESCE(EXCLUDED.followers, t.followers), reads = COALESCE(EXCLUDED.reads, t.reads),
        interactions = COALESCE(EXCLUDED.interactions, t.interactions), posts = COALESCE(EXCLUDED.posts, t.posts)`,
  stored: 't.platform, t.account, t.day, t.followers, t.reads, t.interactions, t.posts',
  updated: `EXCLUDED.platform, EXCLUDED.account, EXCLUDED.day, COALESCE(EXCLUDED.followers, t.followers),
            COALESCE(EXCLUDED.reads, t.reads), COALESCE(EXCLUDED.interactions, t.interactions), COALESCE(EXCLUDED.posts, t.posts)`,
};

// Rows exactly as the SELECT lists below return them (counts as text: int8 and sums are exact
// there on both drivers); mapped to core types and never handed out.
interface SnapshotRow {
  workspace_id: string;
  row_key: string;
  platform: string;
  account: string;
  day: string;
  followers: string | null;
  reads: string | null;
  interactions: string | null;
  posts: string | null;
}
interface SummaryRow {
  platform: string;
  account: string;
  days: number;
  first_date: string;
  last_date: string;
  followers_first: string | null;
  followers_last: string | null;
  reads: string | null;
  interactions: string | null;
  posts: string | null;
}

const DEFAULT_LIMIT = 1000;

/**
 * {@link ChannelStatStore} in SQL, on any {@link SqlClient}; needs the schema of migration
 * `003-feeds`. Does not own the client.
 *
 * @example
 * const stats = new SqlChannelStatStore(client);
 * await stats.summariseSnapshots('acme', { from: '2024-03-01', to: '2024-03-31' });
 */
export class SqlChannelStatStore implements ChannelStatStore {
  constructor(private readonly client: SqlClient) {}

  /** The table's version (migration `008-feed-versions`: a trigger moves it with every write). */
  async version(): Promise<number> {
    const rows = await this.client.query<{ version: string }>("SELECT version::text AS version FROM feed_versions WHERE feed = 'channel_stats'");
    return Number(rows[0]?.version ?? 0);
  }

  upsertSnapshots(records: readonly ChannelStatSnapshot[], onProgress?: WriteProgress): Promise<UpsertCounts> {
    const rows = records.map((r) => [r.workspaceId, r.rowKey, r.platform, r.account, r.date, r.followers, r.reads, r.interactions, r.posts]);
    return bulkUpsert(this.client, SNAPSHOTS, rows, onProgress);
  }

  async listSnapshots(workspaceId: string, query: ChannelStatListQuery): Promise<ChannelStatSnapshot[]> {
    const params: unknown[] = [workspaceId, query.from, query.to];
    let filters = '';
    if (query.platform !== undefined) filters += ` AND platform = $${params.push(query.platform)}`;
    if (query.account !== undefined) filters += ` AND account = $${params.push(query.account)}`;
    const limit = `$${params.push(query.limit ?? DEFAULT_LIMIT)}`;
    const offset = `$${params.push(query.offset ?? 0)}`;
    const rows = await this.client.query<SnapshotRow>(
      `SELECT workspace_id, row_key, platform, account, to_char(day, 'YYYY-MM-DD') AS day,
              followers::text AS followers, reads::text AS reads, interactions::text AS interactions, posts::text AS posts
         FROM channel_stats
        WHERE workspace_id = $1 AND day BETWEEN $2 AND $3${filters}
        ORDER BY platform COLLATE "C", account COLLATE "C", day
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return rows.map((row) => ({
      workspaceId: row.workspace_id,
      platform: row.platform,
      account: row.account,
      date: row.day,
      followers: countOrNull(row.followers),
      reads: countOrNull(row.reads),
      interactions: countOrNull(row.interactions),
      posts: countOrNull(row.posts),
      rowKey: row.row_key,
    }));
  }

  async summariseSnapshots(workspaceId: string, range: DateRange): Promise<ChannelAccountSummary[]> {
    const rows = await this.client.query<SummaryRow>(
      `SELECT platform, account, count(*)::integer AS days,
              to_char(min(day), 'YYYY-MM-DD') AS first_date, to_char(max(day), 'YYYY-MM-DD') AS last_date,
              ((array_agg(followers ORDER BY day) FILTER (WHERE followers IS NOT NULL))[1])::text AS followers_first,
              ((array_agg(followers ORDER BY day DESC) FILTER (WHERE followers IS NOT NULL))[1])::text AS followers_last,
              sum(reads)::text AS reads, sum(interactions)::text AS interactions, sum(posts)::text AS posts
         FROM channel_stats
        WHERE workspace_id = $1 AND day BETWEEN $2 AND $3
        GROUP BY platform, account
        ORDER BY platform COLLATE "C", account COLLATE "C"`,
      [workspaceId, range.from, range.to],
    );
    return rows.map((row) => ({
      platform: row.platform,
      account: row.account,
      days: row.days,
      firstDate: row.first_date,
      lastDate: row.last_date,
      followersFirst: countOrNull(row.followers_first),
      followersLast: countOrNull(row.followers_last),
      reads: countOrNull(row.reads),
      interactions: countOrNull(row.interactions),
      posts: countOrNull(row.posts),
    }));
  }
}
