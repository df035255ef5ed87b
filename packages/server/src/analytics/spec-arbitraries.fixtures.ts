import fc from 'fast-check';
import type { Breakdown, EventFilter, EventMatcher, Filter, ValueTest } from '@marketops/core';
import { TRACK_NAMES } from './random-world.fixtures';

/**
 * Random pieces of analysis specs for the property tests: matchers, filters of every kind and
 * operator, and breakdowns, over the names and values `random-world.fixtures.ts` generates.
 */
const valueTest: fc.Arbitrary<ValueTest> = fc.oneof(
  fc.record({ op: fc.constant('equals' as const), value: fc.constantFrom<string | number | boolean>('pro', 'PRO', 12, 12.5, true, 'spring', 'Paid Search') }),
  fc.record({ op: fc.constant('in' as const), values: fc.subarray<string | number | boolean>(['pro', 'free', 12, false, 'Email', 'summer']) }),
  fc.record({ op: fc.constant('contains' as const), value: fc.constantFrom('r', 'PR', 'ing', '', '/') }),
  fc.record({ op: fc.constant('exists' as const) }),
  fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: fc.constantFrom(7, 12, 12.5, 0) }),
);

export const eventFilter: fc.Arbitrary<EventFilter> = fc.oneof(
  fc.record({ kind: fc.constant('channel' as const), test: valueTest }),
  fc.record({ kind: fc.constant('campaign' as const), field: fc.constantFrom('name' as const, 'source' as const), test: valueTest }),
  fc.record({ kind: fc.constant('property' as const), key: fc.constantFrom('plan', 'x/y', 'a.b', 'missing'), test: valueTest }),
);

export const filter: fc.Arbitrary<Filter> = fc.oneof(eventFilter, fc.record({ kind: fc.constant('trait' as const), key: fc.constantFrom('plan', 'referral_code'), test: valueTest }));

/** Filters, usually none (so that most runs still have data to compare). */
export const filters: fc.Arbitrary<Filter[] | undefined> = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.array(filter, { maxLength: 2 }) });

export const matcher: fc.Arbitrary<EventMatcher> = fc
  .record({
    target: fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('event' as const), event: fc.constantFrom(...TRACK_NAMES.slice(0, 3)) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('page' as const), name: fc.constantFrom('Pricing', 'Home') }, { requiredKeys: ['kind'] }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('screen' as const) }) },
    ),
    where: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.array(eventFilter, { minLength: 1, maxLength: 1 }) }),
  })
  .map(({ target, where }) => (where === undefined ? { target } : { target, where }));

export const breakdown: fc.Arbitrary<Breakdown | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({ kind: 'channel' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'campaign', field: 'name' } as const) },
  { weight: 1, arbitrary: fc.constantFrom<Breakdown>({ kind: 'property', key: 'plan' }, { kind: 'trait', key: 'plan' }) },
);
