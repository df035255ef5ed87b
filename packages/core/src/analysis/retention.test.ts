import { describe, expect, it } from 'vitest';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';
import type { RetentionResult, RetentionSpec } from './retention-spec';
import { runRetention } from './retention';

const signedUp = { target: { kind: 'event', event: 'Signed Up' } } as const;
const ordered = { target: { kind: 'event', event: 'Order Completed' } } as const;
const ev = (event: string, userId: string, ts: string): EventSketch => ({ event, userId, ts });

const events = [
  // u1: signs up 1 Nov 10:00 (an order at 09:00 the same day came before: not day 0), orders 2 and 4 Nov
  ev('Order Completed', 'u1', '2026-11-01T09:00:00Z'),
  ev('Signed Up', 'u1', '2026-11-01T10:00:00Z'),
  ev('Order Completed', 'u1', '2026-11-02T08:00:00Z'),
  ev('Order Completed', 'u1', '2026-11-04T08:00:00Z'),
  // u2: signs up 1 Nov 12:00, orders 1 Nov 13:00 and 3 Nov
  ev('Signed Up', 'u2', '2026-11-01T12:00:00Z'),
  ev('Order Completed', 'u2', '2026-11-01T13:00:00Z'),
  ev('Order Completed', 'u2', '2026-11-03T08:00:00Z'),
  // u3: signs up 2 Nov, orders 3 Nov
  ev('Signed Up', 'u3', '2026-11-02T08:00:00Z'),
  ev('Order Completed', 'u3', '2026-11-03T09:00:00Z'),
  // u4: first signed up 31 Oct (before the period), again 1 Nov; orders 2 Nov
  ev('Signed Up', 'u4', '2026-10-31T08:00:00Z'),
  ev('Signed Up', 'u4', '2026-11-01T08:00:00Z'),
  ev('Order Completed', 'u4', '2026-11-02T09:00:00Z'),
];
const base: RetentionSpec = {
  period: { from: '2026-11-01', to: '2026-11-02', timeZone: 'UTC' },
  interval: 'day',
  periods: 3,
  kind: 'first-time',
  startEvent: signedUp,
  returnEvent: ordered,
  asOf: new Date('2026-11-04T12:00:00Z'),
};
const matrix = (result: RetentionResult) => result.cohorts.map((c) => [c.bucket, c.size, c.cells.map((cell) => cell.retained)]);

describe('runRetention', () => {
  it('builds a first-time, on-day-N matrix', () => {
    const result = runRetention(sketchDataset(events), base);
    // 1 Nov cohort: u1 u2 (u4 first signed up in October). day 0: u2 (u1's order was before signing
    // up); day 1 (2 Nov): u1; day 2 (3 Nov): u2; day 3 (4 Nov): u1.
    // 2 Nov cohort: u3. day 1 (3 Nov): u3.
    expect(matrix(result)).toEqual([
      ['2026-11-01', 2, [1, 1, 1, 1]],
      ['2026-11-02', 1, [0, 1, 0, 0]],
    ]);
    expect(result.cohorts[0]?.cells.map((c) => c.rate)).toEqual([0.5, 0.5, 0.5, 0.5]);
    // asOf 4 Nov 12:00: a day is complete once the next day has started
    expect(result.cohorts.map((c) => c.cells.map((cell) => cell.complete))).toEqual([
      [true, true, true, false], // 1..3 Nov done; 4 Nov runs until 5 Nov 00:00
      [true, true, false, false], // 2, 3 Nov done
    ]);
    expect(result.cohorts[1]?.cells.map((c) => c.bucket)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    // overall: complete cells only. day 0: (1 + 0) / (2 + 1); day 1: (1 + 1) / 3; day 2: 1 / 2; day 3: none complete
    expect(result.overall).toEqual([
      { period: 0, cohortSize: 3, retained: 1, rate: 1 / 3 },
      { period: 1, cohortSize: 3, retained: 2, rate: 2 / 3 },
      { period: 2, cohortSize: 2, retained: 1, rate: 0.5 },
      { period: 3, cohortSize: 0, retained: 0, rate: null },
    ]);
  });

  it('counts unbounded retention as "on day N or later"', () => {
    const result = runRetention(sketchDataset(events), { ...base, mode: 'unbounded' });
    // 1 Nov: day 0+: u1 (2 Nov) u2; day 1+: u1 u2; day 2+: u1 (4 Nov) u2 (3 Nov); day 3+: u1
    // 2 Nov: day 0+: u3; day 1+: u3; day 2+ (4 Nov or later): nobody
    expect(matrix(result)).toEqual([
      ['2026-11-01', 2, [2, 2, 2, 1]],
      ['2026-11-02', 1, [1, 1, 0, 0]],
    ]);
  });

  it('puts a person in every bucket they started in, for recurring retention', () => {
    const result = runRetention(sketchDataset(events), { ...base, kind: 'recurring' });
    // 1 Nov: u1 u2 u4. day 0: u2; day 1: u1 u4; day 2: u2; day 3: u1
    expect(matrix(result)).toEqual([
      ['2026-11-01', 3, [1, 2, 1, 1]],
      ['2026-11-02', 1, [0, 1, 0, 0]],
    ]);
  });

  it('lets the start event count as its own return on day 0', () => {
    const same = runRetention(sketchDataset(events), { ...base, returnEvent: signedUp, periods: 1 });
    expect(matrix(same)).toEqual([
      ['2026-11-01', 2, [2, 0]],
      ['2026-11-02', 1, [1, 0]],
    ]);
  });

  it('puts an event at local midnight in the new day', () => {
    const edge = [
      ev('Signed Up', 'u', '2026-11-01T10:00:00Z'),
      ev('Order Completed', 'u', '2026-11-01T23:59:59.999Z'), // last millisecond of day 0
      ev('Signed Up', 'v', '2026-11-01T10:00:00Z'),
      ev('Order Completed', 'v', '2026-11-02T00:00:00.000Z'), // first millisecond of day 1
    ];
    expect(matrix(runRetention(sketchDataset(edge), { ...base, periods: 1 }))).toEqual([
      ['2026-11-01', 2, [1, 1]],
      ['2026-11-02', 0, [0, 0]],
    ]);
  });

  it('buckets weeks by the workspace zone', () => {
    const weekly = [
      ev('Signed Up', 'u', '2026-11-16T02:00:00Z'), // Monday 16 Nov in both zones
      ev('Order Completed', 'u', '2026-11-22T16:30:00Z'), // Sunday 22 Nov in UTC, Monday 23 Nov 00:30 in Shanghai
    ];
    const spec: RetentionSpec = { ...base, interval: 'week', periods: 1, period: { from: '2026-11-16', to: '2026-11-22', timeZone: 'UTC' }, asOf: new Date('2027-01-01T00:00:00Z') };
    expect(matrix(runRetention(sketchDataset(weekly), spec))).toEqual([['2026-11-16', 1, [1, 0]]]);
    const shanghai = { ...spec, period: { ...spec.period, timeZone: 'Asia/Shanghai' } };
    expect(matrix(runRetention(sketchDataset(weekly, { timeZone: 'Asia/Shanghai' }), shanghai))).toEqual([['2026-11-16', 1, [0, 1]]]);
  });

  it('keeps a 25-hour day as one day across the autumn change', () => {
    // Madrid, 25 Oct 2026: 00:30 local is 22:30Z the day before (UTC+2); 23:30 local is 22:30Z (UTC+1).
    // 24 h apart, yet the same calendar day: day 0, not day 1.
    const dst = [ev('Signed Up', 'u', '2026-10-24T22:30:00Z'), ev('Order Completed', 'u', '2026-10-25T22:30:00Z')];
    const spec: RetentionSpec = {
      ...base,
      period: { from: '2026-10-25', to: '2026-10-25', timeZone: 'Europe/Madrid' },
      periods: 1,
      asOf: new Date('2026-10-25T23:00:00Z'), // the very end of 25 Oct in Madrid
    };
    const result = runRetention(sketchDataset(dst, { timeZone: 'Europe/Madrid' }), spec);
    expect(matrix(result)).toEqual([['2026-10-25', 1, [1, 0]]]);
    expect(result.cohorts[0]?.cells.map((c) => c.complete)).toEqual([true, false]);
  });

  it('reports month cohorts, empty ones included', () => {
    const monthly = [ev('Signed Up', 'u', '2026-01-31T10:00:00Z'), ev('Order Completed', 'u', '2026-03-01T00:00:00Z')];
    const spec: RetentionSpec = { ...base, interval: 'month', periods: 2, period: { from: '2026-01-15', to: '2026-02-10', timeZone: 'UTC' } };
    expect(matrix(runRetention(sketchDataset(monthly), spec))).toEqual([
      ['2026-01-01', 1, [0, 0, 1]], // March is period 2 of January
      ['2026-02-01', 0, [0, 0, 0]],
    ]);
  });

  it('answers an empty dataset with empty cohorts and unknown rates', () => {
    const result = runRetention(sketchDataset([]), base);
    expect(result.cohorts.map((c) => [c.size, c.cells.map((cell) => cell.rate)])).toEqual([
      [0, [null, null, null, null]],
      [0, [null, null, null, null]],
    ]);
  });

  it('refuses a negative or fractional number of periods', () => {
    expect(() => runRetention(sketchDataset([]), { ...base, periods: -1 })).toThrow(/periods/);
    expect(() => runRetention(sketchDataset([]), { ...base, periods: 1.5 })).toThrow(/periods/);
  });
});

describe('runRetention with a breakdown', () => {
  it('gives each value of the anchor its own matrix', () => {
    const withSource = events.map((e) => (e.event === 'Signed Up' ? { ...e, channel: e.userId === 'u2' ? 'Paid Search' : 'Organic Search' } : e));
    const result = runRetention(sketchDataset(withSource), { ...base, kind: 'recurring', periods: 1, breakdown: { kind: 'channel' } });
    // Organic Search: 1 Nov u1 u4 (day 0: nobody; day 1: u1 u4); 2 Nov u3 (day 1: u3). Paid Search: 1 Nov u2 (day 0: u2)
    expect(result.breakdown?.map((b) => [b.value, matrix(b)])).toEqual([
      [
        'Organic Search',
        [
          ['2026-11-01', 2, [0, 2]],
          ['2026-11-02', 1, [0, 1]],
        ],
      ],
      [
        'Paid Search',
        [
          ['2026-11-01', 1, [1, 0]],
          ['2026-11-02', 0, [0, 0]],
        ],
      ],
    ]);
    expect(matrix(result)).toEqual([
      ['2026-11-01', 3, [1, 2]],
      ['2026-11-02', 1, [0, 1]],
    ]);
  });
});
