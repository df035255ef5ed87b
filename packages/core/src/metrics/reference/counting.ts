import type { StoredEvent } from '../../events/model';
import type { CountMeasure, DistinctMeasure, FirstMeasure } from '../formula';
import { isTargetPerson } from './audience';
import { inPeriod, type EvalContext } from './context';
import { holds, keyOf, passes } from './match';
import { periodOpen, type MeasureValue } from './result';

function counted(ctx: EvalContext, value: number): MeasureValue {
  return { value, provisional: periodOpen(ctx) };
}

function audienceOk(ctx: EvalContext, event: StoredEvent, audience: boolean | undefined): boolean {
  return audience !== true || isTargetPerson(ctx, ctx.personOf(event));
}

/** Distinct messageIds of passing events in the period. */
export function evaluateCount(ctx: EvalContext, measure: CountMeasure): MeasureValue {
  const ids = new Set<string>();
  for (const event of ctx.events) {
    if (inPeriod(ctx, event) && passes(ctx, event, measure.filter) && audienceOk(ctx, event, measure.audience)) ids.add(event.messageId);
  }
  return counted(ctx, ids.size);
}

/** Distinct keys of passing events in the period, optionally with at least N distinct `of` values. */
export function evaluateDistinct(ctx: EvalContext, measure: DistinctMeasure): MeasureValue {
  const keys = new Set<string>();
  const ofValues = new Map<string, Set<string>>();
  for (const event of ctx.events) {
    if (!passes(ctx, event, measure.filter) || !audienceOk(ctx, event, measure.audience)) continue;
    const key = keyOf(ctx, event, measure.key);
    if (key === null) continue;
    const within = inPeriod(ctx, event);
    if (within) keys.add(key);
    const atLeast = measure.atLeast;
    if (atLeast === undefined) continue;
    const counts = atLeast.scope === 'period' ? within : event.timestamp.getTime() < ctx.end;
    if (!counts) continue;
    const of = keyOf(ctx, event, atLeast.of);
    if (of === null) continue;
    let set = ofValues.get(key);
    if (set === undefined) ofValues.set(key, (set = new Set()));
    set.add(of);
  }
  const atLeast = measure.atLeast;
  let total = 0;
  for (const key of keys) if (atLeast === undefined || (ofValues.get(key)?.size ?? 0) >= atLeast.count) total += 1;
  return counted(ctx, total);
}

/** Keys whose first passing event ever is in the period and meets `also`. */
export function evaluateFirst(ctx: EvalContext, measure: FirstMeasure): MeasureValue {
  const first = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (!passes(ctx, event, measure.filter)) continue;
    const key = keyOf(ctx, event, measure.key);
    if (key !== null && !first.has(key)) first.set(key, event); // events are in event order
  }
  let total = 0;
  for (const event of first.values()) {
    if (inPeriod(ctx, event) && (measure.also ?? []).every((c) => holds(ctx, event, c))) total += 1;
  }
  return counted(ctx, total);
}
