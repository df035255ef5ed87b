import { describe, expect, it } from 'vitest';
import { computeMetric } from './compute';
import { ALL_FIXTURES } from './fixtures/index';
import { METRICS } from './registry';

describe('hand-computed fixtures', () => {
  it.each(ALL_FIXTURES.map((f) => [`${f.metricId}: ${f.name}`, f] as const))('%s', (_title, fixture) => {
    const result = computeMetric(fixture.metricId, fixture.dataset, fixture.period, fixture.options);
    const { expected } = fixture;
    if (expected.value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(expected.value, 9);
    if (expected.numerator !== undefined) expect(result.numerator).toBeCloseTo(expected.numerator, 9);
    if (expected.denominator !== undefined) expect(result.denominator).toBe(expected.denominator);
    if (expected.money !== undefined) expect(result.money?.amount).toBe(expected.money);
    expect(result.provisional).toBe(expected.provisional ?? false);
  });

  it.each(ALL_FIXTURES.map((f) => [`${f.metricId}: ${f.name}`, f] as const))('does not depend on storage order: %s', (_title, fixture) => {
    const reversed = { ...fixture.dataset, events: [...fixture.dataset.events].reverse(), costs: [...fixture.dataset.costs].reverse(), channelStats: [...fixture.dataset.channelStats].reverse() };
    const a = computeMetric(fixture.metricId, fixture.dataset, fixture.period, fixture.options);
    const b = computeMetric(fixture.metricId, reversed, fixture.period, fixture.options);
    expect(b).toEqual(a);
  });

  it('covers every metric with at least one fixture', () => {
    const covered = new Set(ALL_FIXTURES.map((f) => f.metricId));
    expect(METRICS.map((m) => m.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
