import type { AttributionResultDto } from '../../../api/client';
import type { AttributionModel, AttributionRows } from '../url/attribution';
import { moneyIn } from './money';

/** One row of the model comparison: a channel (or channel and campaign) and its credit under each model. */
export interface AttributionTableRow {
  channel: string;
  campaign: string | null;
  credits: Partial<Record<AttributionModel, { conversions: number; revenue: number | null }>>;
}

/**
 * Pivots an attribution answer into the comparison table: one row per channel (or per channel and
 * campaign), a credit and revenue per model. Rows come in the order of the first model's ranking
 * (largest credit first), then any row only later models name. Revenue is in `currency` (the
 * reporting currency; null when the row has none in it).
 */
export function attributionTable(result: AttributionResultDto, rows: AttributionRows, currency: string | null): AttributionTableRow[] {
  const table = new Map<string, AttributionTableRow>();
  for (const model of result.models) {
    for (const row of rows === 'channel' ? model.byChannel : model.byCampaign) {
      const campaign = rows === 'channel' ? null : row.campaign;
      const key = JSON.stringify([row.channel, campaign]);
      const entry = table.get(key) ?? { channel: row.channel, campaign, credits: {} };
      entry.credits[model.model] = { conversions: row.conversions, revenue: moneyIn(row.revenue, currency)?.amount ?? null };
      table.set(key, entry);
    }
  }
  return [...table.values()];
}

/** The per-channel credit of one model, for the flow chart. */
export function channelCredits(result: AttributionResultDto, model: AttributionModel): { channel: string; conversions: number }[] {
  return (result.models.find((m) => m.model === model)?.byChannel ?? []).map((row) => ({ channel: row.channel, conversions: row.conversions }));
}
