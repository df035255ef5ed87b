import { addDays, localDate, startOfLocalDay } from '../../analysis/calendar';
import type { StoredEvent } from '../../events/model';
import type { FollowedWithinMeasure, RetentionMeasure } from '../formula';
import { eventsByPerson } from './by-person';
import { inPeriod, type EvalContext } from './context';
import { keyOf, passes } from './match';
import { periodOpen, ratioValue, type MeasureValue } from './result';
import { DAY_MS } from './values';

/** Cohorts that wait for something: N-day retention and conversion within N days. */

/** First-time N-day retention on calendar days of the period's zone. */
export function evaluateRetention(ctx: EvalContext, measure: RetentionMeasure): MeasureValue {
  const zone = ctx.period.timeZone;
  const n = ctx.settings.retentionDay ?? measure.defaultDay;
  let cohort = 0;
  let retained = 0;
  let pending = false;
  for (const events of eventsByPerson(ctx, measure.filter).values()) {
    const first = events[0];
    if (first === undefined || !inPeriod(ctx, first)) continue;
    const dayN = addDays(localDate(first.timestamp, zone), n);
    const dayNStart = startOfLocalDay(dayN, zone).getTime();
    const dayNEnd = startOfLocalDay(addDays(dayN, 1), zone).getTime();
    if (dayNEnd > ctx.asOf) {
      pending = true;
      continue;
    }
    cohort += 1;
    if (events.some((e) => e.timestamp.getTime() >= dayNStart && e.timestamp.getTime() < dayNEnd)) retained += 1;
  }
  return ratioValue(retained, cohort, periodOpen(ctx) || pending);
}

/** Share of a cohort (first event per key, in the period) followed by a follow event within N days. */
export function evaluateFollowedWithin(ctx: EvalContext, measure: FollowedWithinMeasure): MeasureValue {
  const first = new Map<string, StoredEvent>();
  const follows = new Map<string, number[]>();
  for (const event of ctx.events) {
    const key = keyOf(ctx, event, measure.key);
    if (key === null) continue;
    if (passes(ctx, event, measure.cohort) && !first.has(key)) first.set(key, event);
    if (passes(ctx, event, measure.follow)) {
      let times = follows.get(key);
      if (times === undefined) follows.set(key, (times = []));
      times.push(event.timestamp.getTime());
    }
  }
  let cohort = 0;
  let converted = 0;
  let pending = false;
  for (const [key, event] of first) {
    if (!inPeriod(ctx, event)) continue;
    const t0 = event.timestamp.getTime();
    const windowEnd = t0 + measure.days * DAY_MS;
    const hit = (follows.get(key) ?? []).some((t) => t >= t0 && t < windowEnd);
    cohort += 1;
    if (hit) converted += 1;
    else if (windowEnd > ctx.asOf) pending = true;
  }
  return ratioValue(converted, cohort, periodOpen(ctx) || pending);
}
