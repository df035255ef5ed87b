import { periodInstants, type Period } from '../../analysis/calendar';
import type { Dataset } from '../../analysis/dataset';
import { resolveIdentities } from '../../analysis/identity';
import type { StoredEvent } from '../../events/model';
import type { CostRecord } from '../../feeds/model';
import type { MetricDefinition } from '../definition';
import { MetricOptionError } from '../errors';
import type { MoneyOptions } from '../money';
import type { MetricSettings } from '../settings';

/** Options of one computation. `asOf` is required: provisional values and open windows need it. */
export interface MetricOptions extends MoneyOptions {
  /** The instant the question is asked at; windows ending after it are still open. */
  readonly asOf: Date;
  readonly settings?: MetricSettings;
}

/**
 * A restriction of what a metric reads, for analyses that slice a metric (the trend's filters and
 * breakdown groups, `analysis/trend-spec.ts`). `events` decides which events the measures read,
 * inside the period or not; `costs` which cost records cost sums read. What describes people and
 * the press is never restricted: identity resolution, the target-audience traits and the
 * "Media Mentioned" hosts of `mentioned-referrer` read every event. Channel snapshots are never
 * restricted either. No scope (or an empty one): everything, as before.
 */
export interface MetricScope {
  readonly events?: (event: StoredEvent) => boolean;
  readonly costs?: (cost: CostRecord) => boolean;
}

/**
 * Everything the measure kinds read for one period: the events they count in event order
 * (timestamp, then messageId), every event of the dataset in the same order (for identity-like
 * side inputs), the cost records they read, the identity resolver, the period's instants, the
 * options, and a way to look other metrics up (for `metric` references).
 */
export interface EvalContext {
  readonly dataset: Dataset;
  /** The events the measures read: the dataset's, restricted by the scope. */
  readonly events: readonly StoredEvent[];
  /** Every event of the dataset: what the audience traits and the media mentions read. */
  readonly allEvents: readonly StoredEvent[];
  /** The cost records cost sums read: the dataset's, restricted by the scope. */
  readonly costs: readonly CostRecord[];
  readonly period: Period;
  readonly start: number;
  readonly end: number;
  readonly asOf: number;
  readonly options: MetricOptions;
  readonly settings: MetricSettings;
  personOf(event: StoredEvent): string;
  lookup(id: string): MetricDefinition;
}

/** Event order: timestamp, then messageId, so "first" and "latest" never depend on storage order. */
export function compareEvents(a: StoredEvent, b: StoredEvent): number {
  const byTime = a.timestamp.getTime() - b.timestamp.getTime();
  if (byTime !== 0) return byTime;
  return a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0;
}

interface Prepared {
  readonly events: readonly StoredEvent[];
  readonly personOf: (event: StoredEvent) => string;
  /** The events a scope's predicate keeps, in event order, per predicate. */
  readonly scoped: WeakMap<(event: StoredEvent) => boolean, readonly StoredEvent[]>;
}

// Why: bucketed trends compute the same dataset dozens of times; sorting and identity resolution
// are the same each time, so they are kept per dataset object (datasets are immutable values).
const prepared = new WeakMap<Dataset, Prepared>();

function prepare(dataset: Dataset): Prepared {
  const cached = prepared.get(dataset);
  if (cached !== undefined) return cached;
  const resolver = resolveIdentities(dataset.events);
  const persons = new Map<StoredEvent, string>();
  const result: Prepared = {
    events: [...dataset.events].sort(compareEvents),
    scoped: new WeakMap(),
    personOf(event) {
      let person = persons.get(event);
      if (person === undefined) {
        person = resolver.personOf(event);
        persons.set(event, person);
      }
      return person;
    },
  };
  prepared.set(dataset, result);
  return result;
}

/** Checks the options a caller can get wrong; the formula kinds then trust them. */
function checkOptions(options: MetricOptions): void {
  if (!(options.asOf instanceof Date) || Number.isNaN(options.asOf.getTime())) throw new MetricOptionError('asOf', 'asOf must be a valid instant');
  const day = options.settings?.retentionDay;
  if (day !== undefined && (!Number.isInteger(day) || day < 1)) {
    throw new MetricOptionError('settings.retentionDay', `retentionDay must be a whole number of days >= 1, not ${day}`);
  }
}

function scopedEvents(prepared: Prepared, keep: ((event: StoredEvent) => boolean) | undefined): readonly StoredEvent[] {
  if (keep === undefined) return prepared.events;
  let events = prepared.scoped.get(keep);
  if (events === undefined) {
    events = prepared.events.filter(keep);
    prepared.scoped.set(keep, events);
  }
  return events;
}

export function createContext(dataset: Dataset, period: Period, options: MetricOptions, lookup: (id: string) => MetricDefinition, scope: MetricScope = {}): EvalContext {
  checkOptions(options);
  const { start, end } = periodInstants(period);
  const prepared = prepare(dataset);
  const keepCost = scope.costs;
  return {
    dataset,
    events: scopedEvents(prepared, scope.events),
    allEvents: prepared.events,
    costs: keepCost === undefined ? dataset.costs : dataset.costs.filter(keepCost),
    period,
    start: start.getTime(),
    end: end.getTime(),
    asOf: options.asOf.getTime(),
    options,
    settings: options.settings ?? {},
    personOf: prepared.personOf,
    lookup,
  };
}

/** True when the event is in the period: start <= timestamp < end. */
export function inPeriod(ctx: EvalContext, event: StoredEvent): boolean {
  const t = event.timestamp.getTime();
  return t >= ctx.start && t < ctx.end;
}
