import { describe, expect, it } from 'vitest';
import type { RetentionResultDto } from '../../../api/client';
import { periodCount, pickRetentionGroup, retentionGroups, retentionTable } from './retention';

const result: RetentionResultDto = {
  cohorts: [
    {
      bucket: '2026-11-02',
      size: 10,
      cells: [
        { period: 0, bucket: '2026-11-02', retained: 10, rate: 1, complete: true },
        { period: 1, bucket: '2026-11-09', retained: 4, rate: 0.4, complete: false },
      ],
    },
  ],
  overall: [
    { period: 0, cohortSize: 10, retained: 10, rate: 1 },
    { period: 1, cohortSize: 0, retained: 0, rate: null },
  ],
};

describe('retentionTable', () => {
  it('lists the cohorts, then all cohorts with the size of period 0', () => {
    const rows = retentionTable(result);
    expect(rows.map((r) => [r.bucket, r.size])).toEqual([
      ['2026-11-02', 10],
      [null, 10],
    ]);
    expect(rows[0]!.cells[1]).toEqual({ period: 1, rate: 0.4, complete: false });
    expect(rows[1]!.cells[1]).toEqual({ period: 1, rate: null, complete: true });
    expect(periodCount(rows)).toBe(2);
  });
});

describe('the breakdown values', () => {
  const matrix = (size: number) => ({
    cohorts: [{ bucket: '2026-11-02', size, cells: [{ period: 0, bucket: '2026-11-02', retained: size, rate: 1, complete: true }] }],
    overall: [{ period: 0, cohortSize: size, retained: size, rate: 1 }],
  });
  const broken: RetentionResultDto = { ...result, breakdown: [{ value: 'Email', ...matrix(6) }, { value: 'Direct', ...matrix(4) }] };

  it('lists each value in the server’s order with its row of all cohorts', () => {
    expect(retentionGroups(broken)).toEqual([
      { value: 'Email', overall: { bucket: null, size: 6, cells: [{ period: 0, rate: 1, complete: true }] } },
      { value: 'Direct', overall: { bucket: null, size: 4, cells: [{ period: 0, rate: 1, complete: true }] } },
    ]);
    expect(retentionGroups(result)).toEqual([]);
  });

  it('shows the value asked for, else the largest and says the asked-for one is missing', () => {
    expect(pickRetentionGroup(broken, 'Direct')).toEqual({ value: 'Direct', matrix: matrix(4), missing: false });
    expect(pickRetentionGroup(broken, undefined)).toMatchObject({ value: 'Email', missing: false });
    expect(pickRetentionGroup(broken, 'Paid Search')).toMatchObject({ value: 'Email', missing: true });
    expect(pickRetentionGroup(result, 'Email')).toBeUndefined();
  });
});

