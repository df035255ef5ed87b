import {
  ATTRIBUTION_MODELS,
  AnalysisError,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_LOOKBACK_DAYS,
  NO_TOUCH,
  markovFromTransitions,
  modelCredit,
  pathTransitions,
  type AttributionModel,
  type AttributionResult,
  type AttributionSpec,
  type AttributionTouch,
  type ChannelPath,
  type PathTransition,
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
  const openTransitions: PathTransition[] = [];
  for (const row of rows) {
    if (row.kind === 'open') {
      openTransitions.push(...openPathTransitions(row));
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

  const markov = models.includes('data-driven') ? markovFromTransitions([...pathTransitions(paths), ...openTransitions]) : null;
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

/**
 * The transitions one counted row of non-converting paths stands for (`kind = 'open'` of
 * attribution-sql.ts): a step from start or from another channel, and the path's end in `null`
 * when the touch was the last.
 */
function openPathTransitions(row: Record<string, unknown>): PathTransition[] {
  const channel = String(row.channel);
  const previous = row.previous === null ? null : String(row.previous);
  const count = Number(row.n);
  const transitions: PathTransition[] = [];
  if (previous !== channel) transitions.push({ kind: 'step', from: previous, to: channel, count });
  if (row.last === true) transitions.push({ kind: 'end', from: channel, converted: false, count });
  return transitions;
}
