import type { ReachResultDto } from '../../../api/client';
import { moneyIn } from './money';

type Row = ReachResultDto['byChannel'][number];

/** A row of the reach table: a channel or campaign, or the total (name null: people counted once over all rows). */
export interface ReachTableRow extends Omit<Row, 'name'> {
  name: string | null;
}

/** The rows (by channel or by campaign), then the total. */
export function reachTable(result: ReachResultDto, rows: 'channel' | 'campaign'): ReachTableRow[] {
  return [...(rows === 'channel' ? result.byChannel : result.byCampaign), { name: null, ...result.total }];
}

/** The chart's bars: each row's reach and its cost per contact in `currency` (null when there is none). */
export function reachBars(result: ReachResultDto, rows: 'channel' | 'campaign', currency: string | null): { name: string; reach: number; costPerContact: number | null }[] {
  return (rows === 'channel' ? result.byChannel : result.byCampaign).map((row) => ({ name: row.name, reach: row.reach, costPerContact: moneyIn(row.costPerContact, currency)?.amount ?? null }));
}

/** The currency the view reports money in: the workspace's reporting currency, else the only one the answer has. */
export function reachCurrency(result: ReachResultDto, reporting: string | null): string | null {
  if (reporting) return reporting;
  const codes = new Set([...Object.keys(result.total.cost), ...result.byChannel.flatMap((r) => Object.keys(r.cost))]);
  return codes.size === 1 ? [...codes][0]! : null;
}
