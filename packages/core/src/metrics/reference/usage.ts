import { addDays, daysBetween, startOfLocalDay } from '../../analysis/calendar';
import type { StoredEvent } from '../../events/model';
import type { RollingActiveMeasure, SessionsMeasure } from '../formula';
import { eventsByPerson } from './by-person';
import { inPeriod, type EvalContext } from './context';
import { passes } from './match';
import { periodOpen, ratioValue, type MeasureValue } from './result';

/** Usage over time: rolling active people (DAU/WAU/MAU) and sessions. */

/** Mean over the period's days of the distinct people active in the window ending that day. */
export function evaluateRollingActive(ctx: EvalContext, measure: RollingActiveMeasure): MeasureValue {
  const zone = ctx.period.timeZone;
  const days = daysBetween(ctx.period.from, ctx.period.to) + 1;
  let sum = 0;
  for (let i = 0; i < days; i += 1) {
    const day = addDays(ctx.period.from, i);
    const from = startOfLocalDay(addDays(day, 1 - measure.windowDays), zone).getTime();
    const to = startOfLocalDay(addDays(day, 1), zone).getTime();
    const people = new Set<string>();
    for (const event of ctx.events) {
      const t = event.timestamp.getTime();
      if (t >= from && t < to && passes(ctx, event, measure.filter)) people.add(ctx.personOf(event));
    }
    sum += people.size;
  }
  return ratioValue(sum, days, periodOpen(ctx));
}

/**
 * Sessions starting in the period: their count, or their total length in seconds. Provisional
 * until the gap after the period end has passed (a session started inside can still grow).
 */
export function evaluateSessions(ctx: EvalContext, measure: SessionsMeasure): MeasureValue {
  const gap = measure.gapMinutes * 60_000;
  let count = 0;
  let durationMs = 0;
  for (const events of eventsByPerson(ctx, measure.filter).values()) {
    let first: StoredEvent | undefined;
    let last: StoredEvent | undefined;
    const close = (): void => {
      if (first === undefined || last === undefined || !inPeriod(ctx, first)) return;
      count += 1;
      durationMs += last.timestamp.getTime() - first.timestamp.getTime();
    };
    for (const event of events) {
      if (last !== undefined && event.timestamp.getTime() - last.timestamp.getTime() > gap) {
        close();
        first = undefined;
      }
      first ??= event;
      last = event;
    }
    close();
  }
  const provisional = measure.aggregate === 'duration' ? ctx.asOf < ctx.end + gap : periodOpen(ctx);
  return { value: measure.aggregate === 'count' ? count : durationMs / 1000, provisional };
}
