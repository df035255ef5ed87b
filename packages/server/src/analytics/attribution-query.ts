import {
  ATTRIBUTION_MODELS,
  AnalysisError,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_LOOKBACK_DAYS,
  NO_TOUCH,
  markovRemovalEffects,
  modelCredit,
  type AttributionModel,
  type AttributionResult,
  type AttributionSpec,
  type AttributionTouch,
  type ChannelPath,
} from '@marketops/core';
import type { AnalyticsReader } from './analytics-reader';
import { attributionSql } from './attribution-sql';
import { CreditRows, addRevenue, type Conversion } from './credit-rows';

const MS_PER_DAY = 86_400_000;

/**
 * Attribution on the DuckDB event store, equal to the core's `runAttribution` (rules in
 * `AttributionSpec`). SQL finds the conversions, their collapsed touches in the lookback window
 * and the non-converting paths (`attribution-sql.ts`); the credit of each touch comes from the
 * core's own model functions, and the data-driven model from the core's Markov solver, run on the
 * paths the query built.
 *
 * @example
 * await queryAttribution(store, 'w', { period, conversion: { target: { kind: 'event', event: 'Order Completed' } }, models: ['linear'] })
 */
export async function queryAttribution(reader: AnalyticsReader, workspaceId: string, spec: AttributionSpec): Promise<AttributionResult> {
  const lookbackMs = (spec.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * MS_PER_DAY;
  if (!Number.isFinite(lookbackMs) || lookbackMs < 0) throw new AnalysisError('WINDOW_INVALID', `the lookback must be >= 0 days, got ${spec.lookbackDays}`);
  const halfLifeMs = (spec.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * MS_PER_DAY;
  if (!Number.isFinite(halfLifeMs) || halfLifeMs <= 0) throw new AnalysisError('HALF_LIFE_INVALID', `the half-life must be > 0 days, got ${spec.halfLifeDays}`);
  const models = spec.models ?? ATTRIBUTION_MODELS;

  const { sql, params } = attributionSql(workspaceId, spec, lookbackMs);
  const rows = await reader.query(sql, params);
  const conversions: Conversion[] = [];
  const paths: ChannelPath[] = [];
  for (const row of rows) {
    if (row.kind === 'open') {
      paths.push({ channels: (row.channels as unknown[]).map(String), converted: false });
      continue;
    }
    const touches = (row.touches as Record<string, unknown>[]).map((t) => ({ ts: Number(t.ts), channel: String(t.channel), campaign: String(t.campaign) }));
    conversions.push({
      ts: Number(row.ts),
      revenue: row.revenue === null ? null : Number(row.revenue),
      currency: row.currency === null ? null : String(row.currency),
      touches,
    });
    if (touches.length > 0) paths.push({ channels: touches.map((t) => t.channel), converted: true });
  }

  const markov = models.includes('data-driven') ? markovRemovalEffects(paths) : null;
  const credit = (model: AttributionModel, c: Conversion): number[] => modelCredit(model, c.touches, c.ts, halfLifeMs, markov?.removalEffects ?? new Map());

  const revenue: Record<string, number> = {};
  for (const c of conversions) addRevenue(revenue, c, 1);
  return {
    conversions: conversions.length,
    revenue,
    models: models.map((model) => {
      const channels = new CreditRows();
      const campaigns = new CreditRows();
      for (const c of conversions) {
        if (c.touches.length === 0) {
          channels.add(NO_TOUCH, null, 1, c);
          campaigns.add(NO_TOUCH, NO_TOUCH, 1, c);
          continue;
        }
        credit(model, c).forEach((share, i) => {
          const touch = c.touches[i] as AttributionTouch;
          channels.add(touch.channel, null, share, c);
          campaigns.add(touch.channel, touch.campaign, share, c);
        });
      }
      return { model, byChannel: channels.sorted(), byCampaign: campaigns.sorted() };
    }),
    ...(markov === null ? {} : { markov: { conversionProbability: markov.conversionProbability, removalEffects: Object.fromEntries(markov.removalEffects) } }),
  };
}

