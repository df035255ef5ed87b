import type { StoredEvent } from '../../events/model';
import type { ActivityGoalMeasure } from '../formula';
import { compareEvents, inPeriod, type EvalContext } from './context';
import { hasValue, propertyKey } from './match';
import { periodOpen, ratioValue, type MeasureValue } from './result';
import { DAY_MS } from './values';

/** Goal conversion of the participants of activities that ended in the period. */
export function evaluateActivityGoal(ctx: EvalContext, measure: ActivityGoalMeasure): MeasureValue {
  const ended = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (event.type !== 'track' || event.event !== measure.ended) continue;
    const activity = propertyKey(event.properties[measure.activity]);
    if (activity === null) continue;
    const current = ended.get(activity);
    if (current === undefined || compareEvents(current, event) < 0) ended.set(activity, event);
  }
  let participants = 0;
  let converted = 0;
  let open = false;
  for (const [activity, end] of ended) {
    const goal = end.properties[measure.goal];
    if (!inPeriod(ctx, end) || typeof goal !== 'string' || !hasValue(goal)) continue;
    const endMs = end.timestamp.getTime();
    const windowEnd = endMs + measure.days * DAY_MS;
    if (windowEnd > ctx.asOf) open = true;
    const joinedAt = new Map<string, number>();
    for (const event of ctx.events) {
      if (event.type !== 'track' || event.event !== measure.joined || event.timestamp.getTime() > endMs) continue;
      if (propertyKey(event.properties[measure.activity]) !== activity) continue;
      const person = ctx.personOf(event);
      if (!joinedAt.has(person)) joinedAt.set(person, event.timestamp.getTime());
    }
    for (const [person, joined] of joinedAt) {
      participants += 1;
      const hit = ctx.events.some(
        (e) => e.type === 'track' && e.event === goal && ctx.personOf(e) === person && e.timestamp.getTime() >= joined && e.timestamp.getTime() < windowEnd,
      );
      if (hit) converted += 1;
    }
  }
  return ratioValue(converted, participants, periodOpen(ctx) || open);
}
