import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/model';
import { computeMetric } from './compute';
import { METRICS } from './registry';
import { cost, dataset, makeEvent, snapshot } from './fixtures/builders';
import { EVENTS } from './vocabulary';

const NAMES = Object.values(EVENTS);
const WHO = ['u:u1', 'u:u2', 'u:u3', 'a:x', 'a:y', 'u:u1+a:x', 'u:u2+a:y'];
const START = Date.parse('2026-02-20T00:00:00Z');
const SPAN = 50 * 86_400_000;

/** A random event over a small vocabulary, so that people, orders and surveys collide often. */
const eventArb: fc.Arbitrary<StoredEvent> = fc
  .record({
    type: fc.constantFrom('track', 'track', 'track', 'page', 'screen', 'identify') as fc.Arbitrary<'track' | 'page' | 'screen' | 'identify'>,
    name: fc.constantFrom(...NAMES),
    who: fc.constantFrom(...WHO),
    offset: fc.integer({ min: 0, max: SPAN }),
    channel: fc.constantFrom('Direct', 'Organic Social', 'Email', 'Paid Search'),
    order: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
    total: fc.constantFrom(10, 99.9, '12.50', 'bad'),
    currency: fc.constantFrom('CNY', 'USD', undefined),
    question: fc.constantFrom('nps', 'csat', 'aided-awareness'),
    score: fc.integer({ min: -1, max: 11 }),
    code: fc.constantFrom('A', 'B', undefined),
    day: fc.constantFrom('2026-03-01', '2026-03-02', '2026-02-27'),
    tier: fc.constantFrom('a', 'b'),
  })
  .map((r) =>
    makeEvent({
      type: r.type,
      event: r.type === 'track' ? r.name : null,
      who: r.who,
      at: new Date(START + r.offset).toISOString(),
      channel: r.channel,
      traits: { tier: r.tier },
      props: {
        order_id: r.order,
        total: r.total,
        ...(r.currency === undefined ? {} : { currency: r.currency }),
        question: r.question,
        score: r.score,
        answer: r.score > 5 ? 'yes' : 'no',
        survey_id: 's',
        ...(r.code === undefined ? {} : { referral_code: r.code }),
        report_id: r.order,
        decision: r.score > 5 ? 'approved' : 'rejected',
        activity_id: 'act',
        goal_event: 'Order Completed',
        content_id: r.order,
        post_id: r.order,
        store: 'ios',
        date: r.day,
        downloads: r.score,
        rank: r.score,
        rating: 4,
        ratings_count: r.score,
        milestone: 'm',
        due_date: r.day,
        completed_date: r.day,
      },
    }),
  );

const options = {
  asOf: new Date('2027-01-01T00:00:00Z'),
  reportingCurrency: 'CNY',
  exchangeRates: { USD: '7.1' },
  settings: { targetAudience: [{ trait: 'tier', op: 'in' as const, values: ['a'] }], primaryStore: 'ios', storePathPrefixes: ['/'] },
};
const period = { from: '2026-03-01', to: '2026-03-31', timeZone: 'Asia/Shanghai' };
const extras = {
  costs: [cost('2026-03-02', '100.00', 'CNY', { functionId: 'pr' }), cost('2026-03-05', '3.00', 'USD', { functionId: 'new-media' })],
  channelStats: [snapshot('wechat', 'a', '2026-03-02', { followers: 5, reads: 10, interactions: 1 })],
};

/** Shares that are fractions of a whole; ROAS and invitation conversion may exceed 1. */
const SHARES = METRICS.filter((m) => m.unit === 'ratio' && m.id !== 'new-media.roas' && m.id !== 'after-sales.invitation-conversion');

describe('invariants over random data (property)', () => {
  it('every metric computes, shares stay in 0..1, NPS in -100..100, and storage order does not matter', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const data = dataset({ events, ...extras });
        const shuffled = dataset({ events: [...events].reverse(), ...extras });
        for (const metric of METRICS) {
          const result = computeMetric(metric, data, period, options);
          expect(result.provisional, metric.id).toBe(false);
          expect(computeMetric(metric, shuffled, period, options), metric.id).toEqual(result);
          if (result.value !== null) expect(Number.isFinite(result.value), metric.id).toBe(true);
        }
        for (const metric of SHARES) {
          const value = computeMetric(metric, data, period, options).value;
          if (value !== null) expect(value >= 0 && value <= 1, `${metric.id} = ${value}`).toBe(true);
        }
        const nps = computeMetric('after-sales.nps', data, period, options).value;
        if (nps !== null) expect(Math.abs(nps)).toBeLessThanOrEqual(100);
        const value = (id: string) => computeMetric(id, data, period, options).value ?? 0;
        expect(value('user-ops.new-users')).toBeLessThanOrEqual(value('user-ops.active-users'));
        expect(value('marketing-planning.target-reach')).toBeLessThanOrEqual(value('marketing-planning.lifecycle-reached'));
        expect(value('after-sales.lifecycle-repeat-customers')).toBeLessThanOrEqual(value('sales.lifecycle-customers'));
        expect(value('user-ops.dau')).toBeLessThanOrEqual(value('user-ops.wau') + 1e-9);
        expect(value('user-ops.wau')).toBeLessThanOrEqual(value('user-ops.mau') + 1e-9);
      }),
      { numRuns: 25 },
    );
  });
});
