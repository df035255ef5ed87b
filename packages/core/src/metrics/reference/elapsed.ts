import type { StoredEvent } from '../../events/model';
import type { ElapsedMeasure } from '../formula';
import { inPeriod, type EvalContext } from './context';
import { passes, propertyKey } from './match';
import { periodOpen, type MeasureValue } from './result';

/** Mean seconds from a start event to each first end event in the period, joined on a property. */
export function evaluateElapsed(ctx: EvalContext, measure: ElapsedMeasure): MeasureValue {
  const firstEnd = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (!passes(ctx, event, measure.end)) continue;
    const person = ctx.personOf(event);
    if (!firstEnd.has(person)) firstEnd.set(person, event);
  }
  let totalMs = 0;
  let pairs = 0;
  for (const end of firstEnd.values()) {
    const join = propertyKey(end.properties[measure.join]);
    if (!inPeriod(ctx, end) || join === null) continue;
    // Events are in event order, so the first match is the earliest start.
    const start = ctx.events.find(
      (e) => passes(ctx, e, measure.start) && propertyKey(e.properties[measure.join]) === join && e.timestamp.getTime() <= end.timestamp.getTime(),
    );
    if (start === undefined) continue;
    totalMs += end.timestamp.getTime() - start.timestamp.getTime();
    pairs += 1;
  }
  return { value: pairs === 0 ? null : totalMs / 1000 / pairs, numerator: totalMs / 1000, denominator: pairs, provisional: periodOpen(ctx) };
}
