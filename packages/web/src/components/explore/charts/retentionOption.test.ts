import { describe, expect, it } from 'vitest';
import { percent, retentionOption } from './retentionOption';

interface Cell {
  value: [number, number, number];
  itemStyle?: { opacity: number };
}

describe('retentionOption', () => {
  const option = retentionOption({
    cohorts: [
      { label: 'Week 1', cells: [{ period: 0, rate: 1, complete: true }, { period: 1, rate: 0.4567, complete: true }, { period: 2, rate: 0.1, complete: false }] },
      { label: 'Week 2', cells: [{ period: 0, rate: null, complete: true }, { period: 1, rate: 0, complete: false }] },
    ],
    periods: ['W0', 'W1', 'W2'],
    formatPercent: (v) => `${v}%`,
  });
  const data = (option.series as { data: Cell[] }[])[0]!.data;

  it('places each rate as a percentage at (period, cohort)', () => {
    expect(data.map((c) => c.value)).toEqual([
      [0, 0, 100],
      [1, 0, 45.7],
      [2, 0, 10],
      [1, 1, 0],
    ]);
  });

  it('fades the cells whose interval has not ended and leaves empty cohorts blank', () => {
    expect(data.filter((c) => c.itemStyle).map((c) => c.value.slice(0, 2))).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it('puts the first cohort on top', () => expect((option.yAxis as { inverse: boolean; data: string[] }).inverse).toBe(true));
  it('rounds to one decimal', () => expect([percent(0.12345), percent(1 / 3), percent(0)]).toEqual([12.3, 33.3, 0]));
});
