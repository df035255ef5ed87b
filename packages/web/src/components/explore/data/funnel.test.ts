import { describe, expect, it } from 'vitest';
import type { FunnelResultDto } from '../../../api/client';
import { FUNNEL_CHART_GROUPS, funnelChartGroups, funnelTable } from './funnel';

const step = (n: number, people: number) => ({ step: n, label: `s${n}`, people, conversionFromPrevious: null, conversionFromFirst: null, medianTimeToConvertMs: null });

describe('funnel answers', () => {
  it('lists everyone’s steps, then each group’s', () => {
    const result: FunnelResultDto = { steps: [step(1, 10), step(2, 4)], excludedPeople: 0, breakdown: [{ value: 'Email', steps: [step(1, 6), step(2, 3)] }] };
    expect(funnelTable(result).map((r) => [r.group, r.step.step, r.step.people])).toEqual([
      [null, 1, 10],
      [null, 2, 4],
      ['Email', 1, 6],
      ['Email', 2, 3],
    ]);
  });

  it('draws the largest groups only, and no groups without a breakdown', () => {
    const breakdown = Array.from({ length: FUNNEL_CHART_GROUPS + 2 }, (_, i) => ({ value: `g${i}`, steps: [step(1, 100 - i), step(2, 1)] }));
    expect(funnelChartGroups({ steps: [], excludedPeople: 0, breakdown })).toHaveLength(FUNNEL_CHART_GROUPS);
    expect(funnelChartGroups({ steps: [], excludedPeople: 0, breakdown })![0]).toEqual({ name: 'g0', people: [100, 1] });
    expect(funnelChartGroups({ steps: [], excludedPeople: 0 })).toBeUndefined();
  });
});
