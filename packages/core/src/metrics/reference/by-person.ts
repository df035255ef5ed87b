import type { StoredEvent } from '../../events/model';
import type { MetricFilter } from '../formula';
import type { EvalContext } from './context';
import { passes } from './match';

/** Each person's passing events, in event order, over the whole dataset. */
export function eventsByPerson(ctx: EvalContext, filter: MetricFilter): Map<string, StoredEvent[]> {
  const byPerson = new Map<string, StoredEvent[]>();
  for (const event of ctx.events) {
    if (!passes(ctx, event, filter)) continue;
    const person = ctx.personOf(event);
    let list = byPerson.get(person);
    if (list === undefined) byPerson.set(person, (list = []));
    list.push(event);
  }
  return byPerson;
}
