import type { CampaignFields, StoredEvent } from '../events/model';

/**
 * The filters every analysis spec shares. Plain types here; validation schemas live at the HTTP
 * edge. Every rule below is also the rule the SQL implementations follow, so each is spelled out.
 *
 * Values are compared by their *text form*, the way a JSON `->>` extraction reads them: a string
 * is itself, a finite number is JavaScript's shortest text (`12`, `12.5`), a boolean is
 * `true`/`false`. `null`, a missing key, objects and arrays have no text form: they never equal,
 * contain or compare to anything (only `exists` looks at them, and says false for null/missing).
 */
export type ScalarValue = string | number | boolean;

/** A test on one value. */
export type ValueTest =
  /** Text forms equal (case-sensitive for properties and traits, case-insensitive for channel and UTM fields). */
  | { readonly op: 'equals'; readonly value: ScalarValue }
  /** `equals` one of the values; an empty list matches nothing. */
  | { readonly op: 'in'; readonly values: readonly ScalarValue[] }
  /** The text form contains `value`, ignoring case (Unicode lower-casing of both sides). */
  | { readonly op: 'contains'; readonly value: string }
  /** Present and not null (any type, including objects). */
  | { readonly op: 'exists' }
  /**
   * Numeric comparison `actual <op> value`. The actual value must be a finite number, or a string
   * holding a plain decimal (`"12.50"`, `"-3"`; no exponent, no separators); anything else fails.
   */
  | { readonly op: 'gt' | 'gte' | 'lt' | 'lte'; readonly value: number };

/** The nine UTM fields of `StoredEvent.campaign` (`name` is utm_campaign). */
export type UtmField = keyof CampaignFields;

/**
 * A test on one event. `channel`: the event's channel group. `campaign`: one UTM field (null when
 * absent). `property`: a top-level key of `properties` (no nested paths).
 */
export type EventFilter =
  | { readonly kind: 'channel'; readonly test: ValueTest }
  | { readonly kind: 'campaign'; readonly field: UtmField; readonly test: ValueTest }
  | { readonly kind: 'property'; readonly key: string; readonly test: ValueTest };

/**
 * A test on the person behind an event: a top-level key of the traits of the person's latest
 * `identify` call (see `people.ts`), whenever that call happened, inside the period or not.
 */
export interface TraitFilter {
  readonly kind: 'trait';
  readonly key: string;
  readonly test: ValueTest;
}

export type Filter = EventFilter | TraitFilter;

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The text form of a value (see the module comment), or null when it has none. */
export function textForm(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
}

function numericForm(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && PLAIN_DECIMAL.test(value.trim())) return Number(value.trim());
  return null;
}

/**
 * Whether `actual` passes `test`. `caseInsensitive` is set for channel and UTM fields, which the
 * product matches ignoring case (MEASUREMENT.md, "match case-insensitively, keep the raw value").
 *
 * @example testValue('Spring', { op: 'equals', value: 'spring' }, true) // true
 * @example testValue('12.5', { op: 'gte', value: 12 }, false) // true
 */
export function testValue(actual: unknown, test: ValueTest, caseInsensitive: boolean): boolean {
  switch (test.op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const n = numericForm(actual);
      if (n === null) return false;
      if (test.op === 'gt') return n > test.value;
      if (test.op === 'gte') return n >= test.value;
      if (test.op === 'lt') return n < test.value;
      return n <= test.value;
    }
    case 'contains': {
      const text = textForm(actual);
      return text !== null && text.toLowerCase().includes(test.value.toLowerCase());
    }
    case 'equals':
    case 'in': {
      const text = textForm(actual);
      if (text === null) return false;
      const norm = (s: string): string => (caseInsensitive ? s.toLowerCase() : s);
      const candidates = test.op === 'equals' ? [test.value] : test.values;
      return candidates.some((c) => norm(textForm(c) ?? '') === norm(text));
    }
  }
}

/** Whether one event passes one event filter. */
export function matchesEventFilter(event: StoredEvent, filter: EventFilter): boolean {
  if (filter.kind === 'channel') return testValue(event.channel, filter.test, true);
  if (filter.kind === 'campaign') return testValue(event.campaign[filter.field], filter.test, true);
  return testValue(Object.hasOwn(event.properties, filter.key) ? event.properties[filter.key] : undefined, filter.test, false);
}

/** Whether an event passes every filter (an empty list passes everything). */
export function matchesEventFilters(event: StoredEvent, filters: readonly EventFilter[] | undefined): boolean {
  return (filters ?? []).every((f) => matchesEventFilter(event, f));
}

/** Whether a person's traits pass every trait filter. */
export function matchesTraitFilters(traits: Readonly<Record<string, unknown>>, filters: readonly TraitFilter[]): boolean {
  return filters.every((f) => testValue(Object.hasOwn(traits, f.key) ? traits[f.key] : undefined, f.test, false));
}

/** Splits a mixed filter list into its event part and its person part. */
export function splitFilters(filters: readonly Filter[] | undefined): { events: EventFilter[]; traits: TraitFilter[] } {
  const events: EventFilter[] = [];
  const traits: TraitFilter[] = [];
  for (const f of filters ?? []) {
    if (f.kind === 'trait') traits.push(f);
    else events.push(f);
  }
  return { events, traits };
}
