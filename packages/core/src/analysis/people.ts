import type { StoredEvent } from '../events/model';
import { periodInstants, type Period } from './calendar';
import type { Dataset } from './dataset';
import { matchesEventFilters, matchesTraitFilters, splitFilters, type Filter } from './filters';
import { resolveIdentities } from './identity';

/** An event with its resolved person and its instant in epoch milliseconds. */
export interface PersonEvent {
  readonly event: StoredEvent;
  readonly person: string;
  readonly ts: number;
}

/**
 * The people of a dataset: who each event belongs to and each person's traits.
 *
 * - Identities are resolved over *all* events of the dataset (`identity.ts`), not only those of
 *   the analysed period: a device linked to a user after the period still belongs to that user.
 * - A person's traits are the `traits` of their latest `identify` call (greatest timestamp; equal
 *   timestamps: greatest messageId), whenever it happened; `{}` when they never identified. Traits
 *   of earlier calls are not merged in (this is `Person.traits` of the event store).
 */
export interface People {
  personOf(event: Pick<StoredEvent, 'userId' | 'anonymousId'>): string;
  traitsOf(person: string): Readonly<Record<string, unknown>>;
}

export function indexPeople(events: readonly StoredEvent[]): People {
  const resolver = resolveIdentities(events);
  const latest = new Map<string, StoredEvent>();
  for (const event of events) {
    if (event.type !== 'identify') continue;
    const person = resolver.personOf(event);
    const current = latest.get(person);
    const ts = event.timestamp.getTime();
    if (current === undefined || ts > current.timestamp.getTime() || (ts === current.timestamp.getTime() && event.messageId > current.messageId)) {
      latest.set(person, event);
    }
  }
  return {
    personOf: (event) => resolver.personOf(event),
    traitsOf: (person) => latest.get(person)?.traits ?? {},
  };
}

/** Track, page and screen calls: what a person did. Identify, group and alias only describe them. */
export function isAction(event: StoredEvent): boolean {
  return event.type === 'track' || event.type === 'page' || event.type === 'screen';
}

/** Orders events by instant, then messageId, so every walk over them is deterministic. */
export function byTime(a: PersonEvent, b: PersonEvent): number {
  return a.ts - b.ts || (a.event.messageId < b.event.messageId ? -1 : a.event.messageId > b.event.messageId ? 1 : 0);
}

/**
 * The actions (track/page/screen) an analysis looks at, grouped by person and ordered by time:
 * inside `period` when one is given (instants in [start of `from`, start of the day after `to`)
 * in the workspace zone), passing every event filter, of people passing every trait filter.
 */
export function actionsByPerson(dataset: Dataset, people: People, filters: readonly Filter[] | undefined, period?: Period): Map<string, PersonEvent[]> {
  const { events: eventFilters, traits: traitFilters } = splitFilters(filters);
  const range = period === undefined ? null : periodInstants(period);
  const byPerson = new Map<string, PersonEvent[]>();
  const traitsPass = new Map<string, boolean>();
  for (const event of dataset.events) {
    if (!isAction(event)) continue;
    const ts = event.timestamp.getTime();
    if (range !== null && (ts < range.start.getTime() || ts >= range.end.getTime())) continue;
    if (!matchesEventFilters(event, eventFilters)) continue;
    const person = people.personOf(event);
    let pass = traitsPass.get(person);
    if (pass === undefined) {
      pass = matchesTraitFilters(people.traitsOf(person), traitFilters);
      traitsPass.set(person, pass);
    }
    if (!pass) continue;
    const list = byPerson.get(person);
    if (list === undefined) byPerson.set(person, [{ event, person, ts }]);
    else list.push({ event, person, ts });
  }
  for (const list of byPerson.values()) list.sort(byTime);
  return byPerson;
}

/** Only the person (trait) filters of a list: what selects touches, which event filters never do. */
export function splitTraitFiltersOnly(filters: readonly Filter[] | undefined): Filter[] {
  return (filters ?? []).filter((f) => f.kind === 'trait');
}
