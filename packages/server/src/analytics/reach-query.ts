import { AnalysisError, exactMoney, reachCostCounts, type CostRecord, type ReachResult, type ReachRow, type ReachSpec } from '@marketops/core';
import type { AnalyticsReader } from './analytics-reader';
import { reachSql } from './reach-sql';
import { compareText, ratio } from './stats';

const NONE = '(none)';

interface Group {
  name: string;
  reach: number;
  touches: number;
  readonly cost: Map<string, exactMoney.Exact>;
}

/**
 * Reach, frequency and cost per contact on the DuckDB event store, equal to the core's `runReach`
 * (rules in `ReachSpec`). Touches are counted in SQL (`reach-sql.ts`); costs live in the relational
 * store, so the caller passes the ones it loaded and they are added here, exactly, per currency.
 *
 * @example
 * await queryReach(store, 'w', { period }, costs) // { byChannel, byCampaign, total }
 */
export async function queryReach(reader: AnalyticsReader, workspaceId: string, spec: ReachSpec, costs: readonly CostRecord[]): Promise<ReachResult> {
  const { sql, params } = reachSql(workspaceId, spec);
  const rows = await reader.query(sql, params);
  const channels = new Map<string, Group>();
  const campaigns = new Map<string, Group>();
  const group = (map: Map<string, Group>, spelling: string): Group => {
    const key = spelling.toLowerCase();
    let g = map.get(key);
    if (g === undefined) map.set(key, (g = { name: spelling, reach: 0, touches: 0, cost: new Map() }));
    if (spelling < g.name) g.name = spelling;
    return g;
  };
  let reach = 0;
  let touches = 0;
  for (const row of rows) {
    if (row.dim === 'total') {
      reach = Number(row.reach);
      touches = Number(row.touches);
      continue;
    }
    const g = group(row.dim === 'channel' ? channels : campaigns, String(row.name));
    g.reach = Number(row.reach);
    g.touches = Number(row.touches);
  }

  const channelMap = new Map(Object.entries(spec.channelMap ?? {}).map(([from, to]) => [from.trim().toLowerCase(), to]));
  const total = new Map<string, exactMoney.Exact>();
  for (const cost of costs) {
    if (cost.date < spec.period.from || cost.date > spec.period.to || !reachCostCounts(cost, spec)) continue;
    const [currency, amount] = converted(cost, spec.currency);
    const channel = channelMap.get(cost.channel.trim().toLowerCase()) ?? cost.channel.trim();
    const campaign = cost.campaign?.trim() || NONE;
    for (const cell of [group(channels, channel).cost, group(campaigns, campaign).cost, total]) cell.set(currency, exactMoney.add(cell.get(currency) ?? exactMoney.ZERO, amount));
  }

  const sorted = (map: Map<string, Group>): ReachRow[] =>
    [...map.values()].map((g) => ({ name: g.name, ...figures(g.reach, g.touches, g.cost) })).sort((a, b) => b.reach - a.reach || compareText(a.name, b.name));
  return { byChannel: sorted(channels), byCampaign: sorted(campaigns), total: figures(reach, touches, total) };
}

function figures(reach: number, touches: number, cost: ReadonlyMap<string, exactMoney.Exact>): Omit<ReachRow, 'name'> {
  const currencies = [...cost.keys()].sort();
  return {
    reach,
    touches,
    frequency: ratio(touches, reach),
    cost: Object.fromEntries(currencies.map((c) => [c, exactMoney.toText(cost.get(c) ?? exactMoney.ZERO)])),
    costPerContact: Object.fromEntries(currencies.map((c) => [c, reach === 0 ? null : exactMoney.divideToText(cost.get(c) ?? exactMoney.ZERO, reach)])),
  };
}

/** A cost in the reporting currency when one is asked for (exact product with its rate). */
function converted(cost: CostRecord, currency: ReachSpec['currency']): [string, exactMoney.Exact] {
  const amount = exactMoney.exact(cost.amount);
  if (currency === undefined || cost.currency === currency.reportingCurrency) return [cost.currency, amount];
  const rate = currency.exchangeRates[cost.currency];
  if (rate === undefined) {
    throw new AnalysisError('EXCHANGE_RATE_MISSING', `no exchange rate from ${cost.currency} to ${currency.reportingCurrency} (cost ${cost.rowKey} on ${cost.date})`);
  }
  return [currency.reportingCurrency, exactMoney.multiply(amount, exactMoney.exact(rate))];
}
