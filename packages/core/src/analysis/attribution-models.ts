/**
 * The rule-based attribution models as pure functions: given a conversion's touches (in time
 * order) and its time, the credit of each touch. Credits are non-negative and sum to 1 for n >= 1.
 * Rules in `AttributionSpec`.
 */
import type { AttributionModel } from './attribution-spec';

export interface Touch {
  readonly ts: number;
  readonly channel: string;
  readonly campaign: string;
}

export function firstTouch(touches: readonly Touch[]): number[] {
  return touches.map((_, i) => (i === 0 ? 1 : 0));
}

export function lastTouch(touches: readonly Touch[]): number[] {
  return touches.map((_, i) => (i === touches.length - 1 ? 1 : 0));
}

/** GA's "last non-direct click": Direct only wins when nothing else touched. */
export function lastNonDirect(touches: readonly Touch[]): number[] {
  let pick = touches.length - 1;
  for (let i = touches.length - 1; i >= 0; i -= 1) {
    if (touches[i]?.channel !== 'Direct') {
      pick = i;
      break;
    }
  }
  return touches.map((_, i) => (i === pick ? 1 : 0));
}

export function linear(touches: readonly Touch[]): number[] {
  return touches.map(() => 1 / touches.length);
}

/**
 * @example timeDecay([{ ts: 0 }, { ts: 7 * DAY }], 7 * DAY, 7 * DAY) // [1/3, 2/3]
 */
export function timeDecay(touches: readonly Pick<Touch, 'ts'>[], conversionTs: number, halfLifeMs: number): number[] {
  const weights = touches.map((t) => 2 ** (-(conversionTs - t.ts) / halfLifeMs));
  const total = weights.reduce((a, b) => a + b, 0);
  // Why the fallback: touches so old that every weight underflows to 0 still share the credit.
  return total > 0 ? weights.map((w) => w / total) : touches.map(() => 1 / touches.length);
}

/** U-shaped: 40% first, 40% last, 20% over the middle; n = 1 -> 100%, n = 2 -> 50/50. */
export function positionBased(touches: readonly Touch[]): number[] {
  const n = touches.length;
  if (n === 1) return [1];
  if (n === 2) return [0.5, 0.5];
  return touches.map((_, i) => (i === 0 || i === n - 1 ? 0.4 : 0.2 / (n - 2)));
}

/**
 * A conversion's data-driven credits: each channel of its path gets RE(c) / (sum of RE over the
 * path's distinct channels), shared equally by its touches of that channel; linear when the sum
 * is 0.
 */
export function removalEffectCredit(touches: readonly Touch[], effects: ReadonlyMap<string, number>): number[] {
  const channels = [...new Set(touches.map((t) => t.channel))];
  const total = channels.reduce((s, c) => s + (effects.get(c) ?? 0), 0);
  if (!(total > 0)) return linear(touches);
  return touches.map((t) => (effects.get(t.channel) ?? 0) / total / touches.filter((u) => u.channel === t.channel).length);
}

/**
 * The credit of each touch of one conversion under `model`: the one switch both the reference and
 * the SQL side use, so a model means the same everywhere.
 */
export function modelCredit(model: AttributionModel, touches: readonly Touch[], conversionTs: number, halfLifeMs: number, removalEffects: ReadonlyMap<string, number>): number[] {
  switch (model) {
    case 'first-touch':
      return firstTouch(touches);
    case 'last-touch':
      return lastTouch(touches);
    case 'last-non-direct':
      return lastNonDirect(touches);
    case 'linear':
      return linear(touches);
    case 'time-decay':
      return timeDecay(touches, conversionTs, halfLifeMs);
    case 'position-based':
      return positionBased(touches);
    case 'data-driven':
      return removalEffectCredit(touches, removalEffects);
  }
}
