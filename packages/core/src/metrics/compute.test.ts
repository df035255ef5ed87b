import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithPreviousPeriod, computeMetric, computeMetricByBucket } from './compute';
import type { MetricDefinition } from './definition';
import { MetricUnknownError } from './errors';
import { dataset, page, track } from './fixtures/builders';

const LATER = { asOf: new Date('2026-12-01T00:00:00Z'), reportingCurrency: 'CNY' };

describe('computeMetricByBucket', () => {
  it('clips the first and last week buckets to the period', () => {
    // 2026-03-04 is a Wednesday; ISO weeks start on Mondays 2026-03-02, 03-09, 03-16
    const data = dataset({
      events: [
        track('u:u1', 'Content Shared', '2026-03-03T12:00:00Z'), // before the period
        track('u:u1', 'Content Shared', '2026-03-04T12:00:00Z'),
        track('u:u2', 'Content Shared', '2026-03-09T00:00:00Z'),
        track('u:u2', 'Content Shared', '2026-03-17T00:00:00Z'),
        track('u:u2', 'Content Shared', '2026-03-18T00:00:00Z'), // after the period
      ],
    });
    const weeks = computeMetricByBucket('content-ops.content-shares', data, { from: '2026-03-04', to: '2026-03-17', timeZone: 'UTC' }, 'week', LATER);
    expect(weeks.map((r) => [r.period.from, r.period.to, r.value])).toEqual([
      ['2026-03-04', '2026-03-08', 1],
      ['2026-03-09', '2026-03-15', 1],
      ['2026-03-16', '2026-03-17', 1],
    ]);
  });

  it('adds up to the period total for counts of events (property)', () => {
    const day = 86_400_000;
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 * day - 1 }), { maxLength: 40 }), fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>, (offsets, interval) => {
        const data = dataset({ timeZone: 'Asia/Shanghai', events: offsets.map((o) => track('u:u', 'Content Shared', new Date(start + o).toISOString())) });
        const period = { from: '2026-01-10', to: '2026-03-20', timeZone: 'Asia/Shanghai' };
        const total = computeMetric('content-ops.content-shares', data, period, LATER).value;
        const buckets = computeMetricByBucket('content-ops.content-shares', data, period, interval, LATER);
        expect(buckets.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBe(total);
      }),
      { numRuns: 30 },
    );
  });
});

describe('compareWithPreviousPeriod', () => {
  it('compares with the same number of days right before', () => {
    const data = dataset({
      events: [page('u:u1', '2026-02-27T00:00:00Z'), page('u:u2', '2026-02-28T00:00:00Z'), page('u:u1', '2026-03-01T00:00:00Z'), page('u:u2', '2026-03-01T00:00:00Z'), page('u:u3', '2026-03-02T00:00:00Z')],
    });
    const comparison = compareWithPreviousPeriod('user-ops.active-users', data, { from: '2026-03-01', to: '2026-03-02', timeZone: 'UTC' }, LATER);
    expect(comparison.previous.period).toEqual({ from: '2026-02-27', to: '2026-02-28', timeZone: 'UTC' });
    expect([comparison.current.value, comparison.previous.value, comparison.change, comparison.relativeChange]).toEqual([3, 2, 1, 0.5]); // (3 - 2) / 2
  });

  it('has no relative change from zero', () => {
    const data = dataset({ events: [page('u:u1', '2026-03-01T00:00:00Z')] });
    const comparison = compareWithPreviousPeriod('user-ops.active-users', data, { from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' }, LATER);
    expect([comparison.change, comparison.relativeChange]).toEqual([1, null]);
  });
});

describe('computeMetric', () => {
  it('computes a definition given as a value, referencing registered metrics', () => {
    const custom: MetricDefinition = {
      id: 'user-ops.views-per-active-user',
      functionId: 'user-ops',
      source: 'engine',
      name: { en: 'Views per active user', es: 'Vistas por usuario activo', ja: 'アクティブユーザーあたり閲覧数', zh: '活跃用户人均浏览' },
      definition: { en: 'Pages per active user.', es: 'Páginas por usuario activo.', ja: 'アクティブユーザーあたりのページ数。', zh: '每个活跃用户的页面数。' },
      unit: 'per-person',
      direction: 'higher-is-better',
      formula: { kind: 'ratio', numerator: { kind: 'count', filter: [{ types: ['page'] }] }, denominator: { kind: 'metric', id: 'user-ops.active-users' } },
    };
    const data = dataset({ events: [page('u:u1', '2026-03-01T00:00:00Z'), page('u:u1', '2026-03-01T01:00:00Z'), page('u:u2', '2026-03-01T02:00:00Z')] });
    expect(computeMetric(custom, data, { from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' }, LATER)).toMatchObject({ metricId: custom.id, value: 1.5, numerator: 3, denominator: 2 });
  });

  it('rejects an unknown metric id with a typed error', () => {
    expect(() => computeMetric('nope.nothing', dataset({}), { from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' }, LATER)).toThrow(MetricUnknownError);
  });
});
