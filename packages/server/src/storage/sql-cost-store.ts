import type {
  CostGroupBy,
  CostListQuery,
  CostRecord,
  CostStore,
  CostTotal,
  CostType,
  DateRange,
  FunctionId,
  UpsertCounts,
  WriteProgress,
} from '@marketops/core';
import { bulkUpsert, type BulkUpsertSpec } from './sql-bulk-upsert';
import type { SqlClient } from './sql-client';
import { canonicalAmount } from './sql-values';

const COSTS: BulkUpsertSpec = {
  table: 'marketing_costs',
  columns: [
    { name: 'workspace_id', type: 'text' },
    { name: 'row_key', type: 'text' },
    { name: 'day', type: 'date' },
    { name: 'channel', type: 'text' },
    { name: 'campaign', type: 'text' },
    { name: 'cost_type', type: 'text' },
    { name: 'amount', type: 'numeric' },
    { name: 'currency', type: 'text' },
    { name: 'function_id', type: 'text' },
    { name: 'note', type: 'text' },
  ],
  set: `day = EXCLUDED.day, channel = EXCLUDED.channel, campaign = EXCLUDED.campaign, cost_type = EXCLUDED.cost_type,
        amount = EXCLUDED.amount, currency = EXCLUDED.currency, function_id = EXCLUDED.function_id, note = EXCLUDED.note`,
  stored: 't.day, t.channel, t.campaign, t.cost_type, t.amount, t.currency, t.function_id, t.note',
  updated: 'EXCLUDED.day, EXCLUDED.channel, EXCLUDED.campaign, EXCLUDED.cost_type, EXCLUDED.amount, EXCLUDED.currency, EXCLUDED.function_id, EXCLUDED.note',
};

// Rows exactly as the SELECT lists below return them; mapped to core types and never handed out.
interface CostRow {
  workspace_id: string;
  row_key: string;
  day: string;
  channel: string;
  campaign: string | null;
  cost_type: string;
  amount: string;
  currency: string;
  function_id: string | null;
  note: string | null;
}
type TotalRow = Record<'day' | 'month' | 'channel' | 'campaign' | 'cost_type' | 'function_id', string | null> & {
  currency: string;
  amount: string;
  rows: number;
};

/**
 * SQL expression and output column of each grouping dimension; constants, never input. Every
 * ORDER BY uses the "C" collation: the same byte order on PGlite and on any PostgreSQL server.
 */
const DIMENSIONS: Readonly<Record<CostGroupBy, { readonly sql: string; readonly as: keyof TotalRow }>> = {
  day: { sql: "to_char(day, 'YYYY-MM-DD')", as: 'day' },
  month: { sql: "to_char(day, 'YYYY-MM')", as: 'month' },
  channel: { sql: 'channel', as: 'channel' },
  campaign: { sql: 'campaign', as: 'campaign' },
  costType: { sql: 'cost_type', as: 'cost_type' },
  function: { sql: 'function_id', as: 'function_id' },
};

const DEFAULT_LIMIT = 1000;

/**
 * {@link CostStore} in SQL, on any {@link SqlClient} (PGlite or PostgreSQL); needs the schema of
 * migration `003-feeds`. Does not own the client: whoever opened it closes it.
 *
 * @example
 * const costs = new SqlCostStore(client);
 * await costs.upsertCosts(records); // { inserted: 120, updated: 0, unchanged: 0 }
 */
export class SqlCostStore implements CostStore {
  constructor(private readonly client: SqlClient) {}

  /** The table's version (migration `008-feed-versions`: a trigger moves it with every write). */
  async version(): Promise<number> {
    const rows = await this.client.query<{ version: string }>("SELECT version::text AS version FROM feed_versions WHERE feed = 'marketing_costs'");
    return Number(rows[0]?.version ?? 0);
  }

  upsertCosts(records: readonly CostRecord[], onProgress?: WriteProgress): Promise<UpsertCounts> {
    const rows = records.map((r) => [r.workspaceId, r.rowKey, r.date, r.channel, r.campaign, r.costType, r.amount, r.currency, r.functionId, r.note]);
    return bulkUpsert(this.client, COSTS, rows, onProgress);
  }

  async listCosts(workspaceId: string, query: CostListQuery): Promise<CostRecord[]> {
    const params: unknown[] = [workspaceId, query.from, query.to];
    let filters = '';
    if (query.channel !== undefined) filters += ` AND channel = $${params.push(query.channel)}`;
    if (query.costType !== undefined) filters += ` AND cost_type = $${params.push(query.costType)}`;
    const limit = `$${params.push(query.limit ?? DEFAULT_LIMIT)}`;
    const offset = `$${params.push(query.offset ?? 0)}`;
    const rows = await this.client.query<CostRow>(
      `SELECT workspace_id, row_key, to_char(day, 'YYYY-MM-DD') AS day, channel, campaign, cost_type,
              amount::text AS amount, currency, function_id, note
         FROM marketing_costs
        WHERE workspace_id = $1 AND day BETWEEN $2 AND $3${filters}
        ORDER BY day, channel COLLATE "C", row_key COLLATE "C"
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return rows.map(toCostRecord);
  }

  async summariseCosts(workspaceId: string, range: DateRange, groupBy: readonly CostGroupBy[]): Promise<CostTotal[]> {
    const dimensions = [...new Set(groupBy)].map((g) => DIMENSIONS[g]);
    const select = dimensions.map((d) => `${d.sql} AS ${d.as}`);
    const groups = [...dimensions.map((d) => d.sql), 'currency'];
    const rows = await this.client.query<TotalRow>(
      `SELECT ${[...select, 'currency', 'sum(amount)::text AS amount', 'count(*)::integer AS rows'].join(', ')}
         FROM marketing_costs
        WHERE workspace_id = $1 AND day BETWEEN $2 AND $3
        GROUP BY ${groups.join(', ')}
        ORDER BY ${groups.map((g) => `${g} COLLATE "C" NULLS FIRST`).join(', ')}`,
      [workspaceId, range.from, range.to],
    );
    return rows.map((row) => toTotal(row, groupBy));
  }
}

function toCostRecord(row: CostRow): CostRecord {
  return {
    workspaceId: row.workspace_id,
    date: row.day,
    channel: row.channel,
    campaign: row.campaign,
    // Why the casts: the CHECK constraint admits only the core's cost types, and function ids
    // were validated against the catalog before they were written; the catalog only grows.
    costType: row.cost_type as CostType,
    amount: canonicalAmount(row.amount),
    currency: row.currency,
    functionId: row.function_id as FunctionId | null,
    note: row.note,
    rowKey: row.row_key,
  };
}

function toTotal(row: TotalRow, groupBy: readonly CostGroupBy[]): CostTotal {
  const has = (g: CostGroupBy) => groupBy.includes(g);
  return {
    ...(has('day') ? { day: row.day ?? '' } : {}),
    ...(has('month') ? { month: row.month ?? '' } : {}),
    ...(has('channel') ? { channel: row.channel ?? '' } : {}),
    ...(has('campaign') ? { campaign: row.campaign } : {}),
    ...(has('costType') ? { costType: row.cost_type as CostType } : {}),
    ...(has('function') ? { functionId: row.function_id as FunctionId | null } : {}),
    currency: row.currency,
    amount: canonicalAmount(row.amount),
    rows: row.rows,
  };
}
