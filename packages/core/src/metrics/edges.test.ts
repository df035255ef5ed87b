import { describe, expect, it } from 'vitest';
import type { Period } from '../analysis/calendar';
import { computeMetric, computeMetricByBucket } from './compute';
import { ExchangeRateMissingError, MetricOptionError } from './errors';
import { cost, dataset, identify, page, track } from './fixtures/builders';

const LATER = { asOf: new Date('2026-12-01T00:00:00Z'), reportingCurrency: 'CNY' };
const march = (timeZone: string): Period => ({ from: '2026-03-01', to: '2026-03-31', timeZone });

describe('window edges', () => {
  it('counts an event at the first instant and leaves out one at the end instant', () => {
    const data = dataset({
      events: [page('u:in', '2026-03-01T00:00:00Z'), page('u:out', '2026-04-01T00:00:00Z'), page('u:before', '2026-02-28T23:59:59.999Z')],
    });
    expect(computeMetric('user-ops.active-users', data, march('UTC'), LATER).value).toBe(1); // u:in
  });

  it('moves the edges with the workspace zone: Asia/Shanghai March starts at 16:00 UTC on Feb 28', () => {
    const data = dataset({
      events: [
        page('u:a', '2026-02-28T16:00:00Z'), // 00:00 on Mar 1 in Shanghai: in
        page('u:b', '2026-02-28T15:59:59Z'), // 23:59:59 on Feb 28 in Shanghai: out
        page('u:c', '2026-03-31T16:00:00Z'), // 00:00 on Apr 1 in Shanghai: out
      ],
    });
    expect(computeMetric('user-ops.active-users', data, march('Asia/Shanghai'), LATER).value).toBe(1); // u:a
    expect(computeMetric('user-ops.active-users', data, march('UTC'), LATER).value).toBe(1); // u:c (Mar 31 16:00 UTC)
  });
});

describe('time-zone day boundaries', () => {
  // 2026-03-01T15:30Z is 23:30 on Mar 1 in Shanghai; 2026-03-01T16:30Z is 00:30 on Mar 2 there, still Mar 1 in UTC.
  const data = dataset({ events: [page('u:late', '2026-03-01T15:30:00Z'), page('u:night', '2026-03-01T16:30:00Z')] });
  const days = { from: '2026-03-01', to: '2026-03-02' };

  it('buckets 23:30 local into the local day', () => {
    const shanghai = computeMetricByBucket('user-ops.active-users', data, { ...days, timeZone: 'Asia/Shanghai' }, 'day', LATER);
    expect(shanghai.map((r) => [r.period.from, r.value])).toEqual([
      ['2026-03-01', 1], // u:late
      ['2026-03-02', 1], // u:night
    ]);
    const utc = computeMetricByBucket('user-ops.active-users', data, { ...days, timeZone: 'UTC' }, 'day', LATER);
    expect(utc.map((r) => [r.period.from, r.value])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 0],
    ]);
  });

  it('cuts retention days on local midnight', () => {
    // first seen 23:30 Mar 1 Shanghai; day 1 is Mar 2 local = 2026-03-01T16:00Z .. 2026-03-02T16:00Z
    const retained = dataset({ events: [page('u:p', '2026-03-01T15:30:00Z'), page('u:p', '2026-03-01T16:10:00Z')] });
    const options = { ...LATER, settings: { retentionDay: 1 } };
    expect(computeMetric('user-ops.retention-rate', retained, { from: '2026-03-01', to: '2026-03-01', timeZone: 'Asia/Shanghai' }, options).value).toBe(1);
    // in UTC both events are on Mar 1, so day 1 (Mar 2) has none
    expect(computeMetric('user-ops.retention-rate', retained, { from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' }, options).value).toBe(0);
  });
});

describe('daylight-saving days', () => {
  // America/New_York springs forward on 2026-03-08 (a 23-hour day) and falls back on 2026-11-01 (25 hours).
  const zone = 'America/New_York';

  it('gives the 23-hour day exactly its own events', () => {
    const data = dataset({
      events: [
        page('u:a', '2026-03-08T04:30:00Z'), // 23:30 EST on Mar 7
        page('u:b', '2026-03-08T05:00:00Z'), // 00:00 EST on Mar 8: first instant of the short day
        page('u:c', '2026-03-09T03:59:00Z'), // 23:59 EDT on Mar 8: last minute of the short day
        page('u:d', '2026-03-09T04:00:00Z'), // 00:00 EDT on Mar 9
      ],
    });
    const byDay = computeMetricByBucket('user-ops.active-users', data, { from: '2026-03-07', to: '2026-03-09', timeZone: zone }, 'day', LATER);
    expect(byDay.map((r) => r.value)).toEqual([1, 2, 1]); // Mar 7 {a}, Mar 8 {b, c}, Mar 9 {d}
  });

  it('gives the 25-hour day exactly its own events', () => {
    const data = dataset({
      events: [
        page('u:a', '2026-11-01T04:00:00Z'), // 00:00 EDT on Nov 1
        page('u:b', '2026-11-02T04:59:00Z'), // 23:59 EST on Nov 1: 25 hours after midnight minus a minute
        page('u:c', '2026-11-02T05:00:00Z'), // 00:00 EST on Nov 2
      ],
    });
    const byDay = computeMetricByBucket('user-ops.active-users', data, { from: '2026-11-01', to: '2026-11-02', timeZone: zone }, 'day', LATER);
    expect(byDay.map((r) => r.value)).toEqual([2, 1]);
  });

  it('counts session time across the change in real seconds', () => {
    // 01:50 EST to 03:10 EDT on Mar 8 is 20 real minutes, in events 10 minutes apart
    const data = dataset({
      events: [page('u:a', '2026-03-08T06:50:00Z'), page('u:a', '2026-03-08T07:00:00Z'), page('u:a', '2026-03-08T07:10:00Z')],
    });
    expect(computeMetric('user-ops.time-spent', data, { from: '2026-03-08', to: '2026-03-08', timeZone: zone }, LATER).value).toBe(1200);
  });
});

describe('identity', () => {
  it('counts anonymous events before identify for the person, once', () => {
    const data = dataset({
      events: [
        page('a:phone', '2026-03-02T00:00:00Z', { channel: 'Organic Social' }),
        page('a:laptop', '2026-03-03T00:00:00Z', { channel: 'Paid Search' }),
        identify('u:amy+a:phone', '2026-03-10T00:00:00Z'),
        identify('u:amy+a:laptop', '2026-03-11T00:00:00Z'),
        track('u:amy', 'Order Completed', '2026-03-12T00:00:00Z', { order_id: 'o1', total: 10 }),
      ],
    });
    expect(computeMetric('marketing-planning.target-reach', data, march('UTC'), LATER).value).toBe(1);
    expect(computeMetric('user-ops.active-users', data, march('UTC'), LATER).value).toBe(1);
    expect(computeMetric('user-ops.new-users', data, march('UTC'), LATER).value).toBe(1);
    expect(computeMetric('store-ops.conversion-rate', data, march('UTC'), LATER).value).toBe(1); // the buyer is the visitor
  });

  it('dates a merged person from their first anonymous event', () => {
    const data = dataset({
      events: [page('a:x', '2026-02-20T00:00:00Z'), identify('u:bo+a:x', '2026-03-05T00:00:00Z'), page('u:bo', '2026-03-05T00:00:00Z')],
    });
    expect(computeMetric('user-ops.new-users', data, march('UTC'), LATER).value).toBe(0); // first seen in February
  });
});

describe('identical timestamps', () => {
  it('takes the latest answer by messageId when two share a timestamp, whatever the storage order', () => {
    const at = '2026-03-05T00:00:00Z';
    const low = track('u:u1', 'Survey Answered', at, { survey_id: 's', question: 'csat', score: 1 }, { messageId: 'm-a' });
    const high = track('u:u1', 'Survey Answered', at, { survey_id: 's', question: 'csat', score: 5 }, { messageId: 'm-b' });
    for (const events of [
      [low, high],
      [high, low],
    ]) {
      expect(computeMetric('after-sales.csat', dataset({ events }), march('UTC'), LATER).value).toBe(1); // m-b (score 5) is the latest
    }
  });

  it('takes the first order by messageId as the order of a resent total', () => {
    const at = '2026-03-05T00:00:00Z';
    const a = track('u:u1', 'Order Completed', at, { order_id: 'o1', total: 10 }, { messageId: 'm-1' });
    const b = track('u:u1', 'Order Completed', at, { order_id: 'o1', total: 99 }, { messageId: 'm-2' });
    expect(computeMetric('store-ops.gmv', dataset({ events: [b, a] }), march('UTC'), LATER).money?.amount).toBe('10.00');
  });
});

describe('undefined values and empty ranges', () => {
  it('gives counts of 0, ratios without a value and money of 0.00 on an empty dataset', () => {
    const empty = dataset({});
    expect(computeMetric('user-ops.active-users', empty, march('UTC'), LATER).value).toBe(0);
    expect(computeMetric('after-sales.nps', empty, march('UTC'), LATER).value).toBeNull();
    expect(computeMetric('user-ops.retention-rate', empty, march('UTC'), LATER).value).toBeNull();
    expect(computeMetric('new-media-ops.followers', empty, march('UTC'), LATER).value).toBeNull();
    expect(computeMetric('store-ops.gmv', empty, march('UTC'), LATER)).toMatchObject({ value: 0, money: { amount: '0.00', currency: 'CNY' } });
  });

  it('has no cost per contact when nobody was reached, and keeps the cost', () => {
    const data = dataset({ events: [page('u:u1', '2026-03-02T00:00:00Z', { channel: 'Direct' })], costs: [cost('2026-03-02', '500.00', 'CNY')] });
    expect(computeMetric('marketing-planning.cost-per-contact', data, march('UTC'), LATER)).toMatchObject({ value: null, numerator: 500, denominator: 0 });
  });

  it('rejects options it cannot compute with', () => {
    const march1 = { from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' };
    expect(() => computeMetric('user-ops.active-users', dataset({}), march1, { asOf: new Date('nonsense') })).toThrow(MetricOptionError);
    expect(() => computeMetric('user-ops.retention-rate', dataset({}), march1, { ...LATER, settings: { retentionDay: 0 } })).toThrow(/retentionDay/);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => computeMetric('user-ops.active-users', dataset({}), { from: '2026-03-02', to: '2026-03-01', timeZone: 'UTC' }, LATER)).toThrow(RangeError);
  });
});

describe('money', () => {
  it('names the currency without a rate', () => {
    const data = dataset({ costs: [cost('2026-03-02', '5.00', 'EUR')] });
    expect(() => computeMetric('sales.customer-acquisition-cost', data, march('UTC'), LATER)).toThrow(ExchangeRateMissingError);
    expect(() => computeMetric('sales.customer-acquisition-cost', data, march('UTC'), LATER)).toThrow(/EUR/);
  });

  it('needs a reporting currency once money is summed', () => {
    expect(() => computeMetric('store-ops.gmv', dataset({}), march('UTC'), { asOf: LATER.asOf })).toThrow(MetricOptionError);
  });

  it('keeps refunds out of GMV and counts them apart', () => {
    const data = dataset({
      events: [
        track('u:u1', 'Order Completed', '2026-03-02T00:00:00Z', { order_id: 'o1', total: '80.00', currency: 'CNY' }),
        track('u:u1', 'Order Refunded', '2026-03-03T00:00:00Z', { order_id: 'o1', total: '80.00', currency: 'CNY' }),
      ],
    });
    expect(computeMetric('store-ops.gmv', data, march('UTC'), LATER).money?.amount).toBe('80.00');
    expect(computeMetric('store-ops.orders', data, march('UTC'), LATER).value).toBe(1);
    expect(computeMetric('store-ops.refunds', data, march('UTC'), LATER).value).toBe(1);
    expect(computeMetric('store-ops.refund-amount', data, march('UTC'), LATER).money?.amount).toBe('80.00');
  });
});

describe('target audience and provisional values', () => {
  it('reads traits from the latest identify before the period end', () => {
    const rule = { targetAudience: [{ trait: 'plan', op: 'in' as const, values: ['pro'] }] };
    const data = dataset({
      events: [
        identify('u:u1', '2026-02-01T00:00:00Z', { plan: 'free' }),
        identify('u:u1', '2026-03-15T00:00:00Z', { plan: 'pro' }), // pro by the end of March
        identify('u:u2', '2026-02-01T00:00:00Z', { plan: 'pro' }),
        identify('u:u2', '2026-04-15T00:00:00Z', { plan: 'free' }), // changes after the period: ignored
        page('u:u1', '2026-03-02T00:00:00Z', { channel: 'Organic Social' }),
        page('u:u2', '2026-03-02T00:00:00Z', { channel: 'Organic Social' }),
        page('u:u3', '2026-03-02T00:00:00Z', { channel: 'Organic Social' }), // no traits
      ],
    });
    expect(computeMetric('marketing-planning.target-reach', data, march('UTC'), { ...LATER, settings: rule }).value).toBe(2);
    expect(computeMetric('marketing-planning.target-reach', data, march('UTC'), LATER).value).toBe(3); // no rule: everyone
  });

  it('marks a period that has not ended as provisional', () => {
    const data = dataset({ events: [page('u:u1', '2026-03-02T00:00:00Z')] });
    expect(computeMetric('user-ops.active-users', data, march('UTC'), { asOf: new Date('2026-03-15T00:00:00Z') }).provisional).toBe(true);
    expect(computeMetric('user-ops.active-users', data, march('UTC'), { asOf: new Date('2026-04-01T00:00:00Z') }).provisional).toBe(false);
  });

  it('counts a cohort member without an order while their 90 days run, and calls the rate provisional', () => {
    const data = dataset({ events: [track('u:u1', 'Lead Qualified', '2026-03-01T00:00:00Z'), track('u:u2', 'Lead Qualified', '2026-03-01T00:00:00Z')] });
    const open = computeMetric('sales.transaction-rate', data, march('UTC'), { asOf: new Date('2026-05-01T00:00:00Z') });
    expect(open).toMatchObject({ value: 0, numerator: 0, denominator: 2, provisional: true });
    // An order within the window raises the rate so far; the other member keeps it provisional.
    const ordered = dataset({ events: [...data.events, track('u:u1', 'Order Completed', '2026-04-01T00:00:00Z')] });
    expect(computeMetric('sales.transaction-rate', ordered, march('UTC'), { asOf: new Date('2026-05-01T00:00:00Z') })).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, provisional: true });
    // 2026-03-01 + 90 x 24 h = 2026-05-30T00:00Z: closed, nobody ordered
    const closed = computeMetric('sales.transaction-rate', data, march('UTC'), { asOf: new Date('2026-05-30T00:00:00Z') });
    expect(closed).toMatchObject({ value: 0, numerator: 0, denominator: 2, provisional: false });
  });
});
