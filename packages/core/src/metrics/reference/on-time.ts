import type { StoredEvent } from '../../events/model';
import type { OnTimeMeasure } from '../formula';
import type { EvalContext } from './context';
import { propertyKey } from './match';
import { periodOpen, type MeasureValue } from './result';
import { isDate } from './values';

/** Latest record per key; those due in the period, and how many were completed by their due date. */
export function evaluateOnTime(ctx: EvalContext, measure: OnTimeMeasure): MeasureValue {
  const latest = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (event.type !== 'track' || event.event !== measure.event) continue;
    const parts = measure.keys.map((k) => propertyKey(event.properties[k]));
    if (parts.some((p) => p === null)) continue;
    latest.set(JSON.stringify(parts), event); // event order: the last one set is the latest
  }
  let due = 0;
  let onTime = 0;
  for (const record of latest.values()) {
    const dueDate = record.properties[measure.due];
    if (!isDate(dueDate) || dueDate < ctx.period.from || dueDate > ctx.period.to) continue;
    due += 1;
    const completed = record.properties[measure.completed];
    if (isDate(completed) && completed <= dueDate) onTime += 1;
  }
  return { value: due === 0 ? null : onTime / due, numerator: onTime, denominator: due, provisional: periodOpen(ctx) };
}
