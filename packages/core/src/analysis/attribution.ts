import type { StoredEvent } from '../events/model';
import { AnalysisError } from './analysis-error';
import { modelCredit, type Touch } from './attribution-models';
import {
  ATTRIBUTION_MODELS,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_TOUCH_EVENTS,
  NO_TOUCH,
  type AttributionModel,
  type AttributionResult,
  type AttributionRow,
  type AttributionSpec,
} from './attribution-spec';
import { periodInstants } from './calendar';
import type { Dataset } from './dataset';
import { matchesEvent } from './event-matcher';
import { markovRemovalEffects, type ChannelPath } from './markov';
import { actionsByPerson, indexPeople, splitTraitFiltersOnly, type PersonEvent } from './people';
import { MS_PER_DAY } from './stats';

interface Conversion {
  readonly action: PersonEvent;
  readonly touches: readonly Touch[];
}

/**
 * The reference attribution: every conversion's touches, credited by every model asked for.
 * Semantics in `AttributionSpec`.
 *
 * @example
 * runAttribution(dataset, { period, conversion: { target: { kind: 'event', event: 'Order Completed' } }, models: ['linear'] })
 *   .models[0]?.byChannel // [{ channel: 'Paid Search', campaign: null, conversions: 12.5, revenue: { CNY: 1830 } }, ...]
 */
export function runAttribution(dataset: Dataset, spec: AttributionSpec): AttributionResult {
  const lookbackMs = (spec.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * MS_PER_DAY;
  if (!Number.isFinite(lookbackMs) || lookbackMs < 0) throw new AnalysisError('WINDOW_INVALID', `the lookback must be >= 0 days, got ${spec.lookbackDays}`);
  const halfLifeMs = (spec.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * MS_PER_DAY;
  if (!Number.isFinite(halfLifeMs) || halfLifeMs <= 0) throw new AnalysisError('HALF_LIFE_INVALID', `the half-life must be > 0 days, got ${spec.halfLifeDays}`);
  const models = spec.models ?? ATTRIBUTION_MODELS;
  const touchEvents = new Set(spec.touchEvents ?? DEFAULT_TOUCH_EVENTS);
  const isTouch = (e: StoredEvent): boolean => e.type === 'page' || e.type === 'screen' || (e.type === 'track' && e.event !== null && touchEvents.has(e.event));

  const people = indexPeople(dataset.events);
  const candidates = actionsByPerson(dataset, people, spec.filters, spec.period);
  const everything = actionsByPerson(dataset, people, splitTraitFiltersOnly(spec.filters));
  const conversions: Conversion[] = [];
  const paths: ChannelPath[] = [];
  const { start, end } = periodInstants(spec.period);

  for (const [person, all] of everything) {
    const touchActions = all.filter((a) => isTouch(a.event));
    const personConversions = (candidates.get(person) ?? []).filter((a) => matchesEvent(spec.conversion, a.event));
    for (const action of personConversions) {
      const inWindow = touchActions.filter((t) => t.ts <= action.ts && t.ts >= action.ts - lookbackMs && t.event.messageId !== action.event.messageId);
      conversions.push({ action, touches: collapse(inWindow) });
    }
    const lastConversion = personConversions[personConversions.length - 1];
    const open = touchActions.filter((t) => t.ts >= start.getTime() && t.ts < end.getTime() && (lastConversion === undefined || t.ts > lastConversion.ts));
    if (open.length > 0) paths.push({ channels: open.map((t) => t.event.channel), converted: false });
  }
  for (const c of conversions) if (c.touches.length > 0) paths.push({ channels: c.touches.map((t) => t.channel), converted: true });

  const markov = models.includes('data-driven') ? markovRemovalEffects(paths) : null;
  const credit = (model: AttributionModel, c: Conversion): number[] => modelCredit(model, c.touches, c.action.ts, halfLifeMs, markov?.removalEffects ?? new Map());

  const totalRevenue: Record<string, number> = {};
  for (const c of conversions) addRevenue(totalRevenue, c.action.event, 1);
  return {
    conversions: conversions.length,
    revenue: totalRevenue,
    models: models.map((model) => {
      const channels = new Rows();
      const campaigns = new Rows();
      for (const c of conversions) {
        if (c.touches.length === 0) {
          channels.add(NO_TOUCH, null, 1, c.action.event);
          campaigns.add(NO_TOUCH, NO_TOUCH, 1, c.action.event);
          continue;
        }
        credit(model, c).forEach((share, i) => {
          const touch = c.touches[i] as Touch;
          channels.add(touch.channel, null, share, c.action.event);
          campaigns.add(touch.channel, touch.campaign, share, c.action.event);
        });
      }
      return { model, byChannel: channels.sorted(), byCampaign: campaigns.sorted() };
    }),
    ...(markov === null ? {} : { markov: { conversionProbability: markov.conversionProbability, removalEffects: Object.fromEntries(markov.removalEffects) } }),
  };
}

/** Touches in time order, a run of equal (channel, campaign) kept as its first touch. */
function collapse(actions: readonly PersonEvent[]): Touch[] {
  const touches: Touch[] = [];
  for (const a of actions) {
    const touch = { ts: a.ts, channel: a.event.channel, campaign: campaignKey(a.event) };
    const previous = touches[touches.length - 1];
    if (previous !== undefined && previous.channel === touch.channel && previous.campaign === touch.campaign) continue;
    touches.push(touch);
  }
  return touches;
}

function campaignKey(event: StoredEvent): string {
  const name = event.campaign.name?.trim().toLowerCase() ?? '';
  return name === '' ? NO_TOUCH : name;
}


function addRevenue(into: Record<string, number>, event: StoredEvent, share: number): void {
  if (event.revenue === null) return;
  const currency = event.currency ?? NO_TOUCH;
  into[currency] = (into[currency] ?? 0) + share * (event.revenue ?? 0);
}

class Rows {
  private readonly rows = new Map<string, { channel: string; campaign: string | null; conversions: number; revenue: Record<string, number> }>();

  add(channel: string, campaign: string | null, share: number, conversion: StoredEvent): void {
    const key = JSON.stringify([channel, campaign]);
    let row = this.rows.get(key);
    if (row === undefined) {
      row = { channel, campaign, conversions: 0, revenue: {} };
      this.rows.set(key, row);
    }
    row.conversions += share;
    addRevenue(row.revenue, conversion, share);
  }

  sorted(): AttributionRow[] {
    return [...this.rows.values()].sort(
      (a, b) => b.conversions - a.conversions || compare(a.channel, b.channel) || compare(a.campaign ?? '', b.campaign ?? ''),
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
