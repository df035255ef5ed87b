import { describe, expect, it } from 'vitest';
import { bucketLayout } from './bucket-layout';

const MADRID = 'Europe/Madrid';
const HOUR = 3_600_000;

describe('bucketLayout', () => {
  it('cuts contiguous buckets at their own first instants (a 23-hour day across Madrid\'s spring change)', () => {
    const layout = bucketLayout([
      { from: '2026-03-28', to: '2026-03-28', timeZone: MADRID },
      { from: '2026-03-29', to: '2026-03-29', timeZone: MADRID },
      { from: '2026-03-30', to: '2026-04-05', timeZone: MADRID },
    ]);
    expect(layout?.whole).toEqual({ from: '2026-03-28', to: '2026-04-05', timeZone: MADRID });
    expect(layout?.edgesMs.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-04-05T22:00:00.000Z',
    ]);
    const [a = 0, b = 0, c = 0] = layout?.edgesMs ?? [];
    expect([b - a, c - b]).toEqual([24 * HOUR, 23 * HOUR]);
  });

  it('refuses what one scan cannot cut: nothing, a gap, an overlap, two zones, a bucket ending before it starts', () => {
    const day = (from: string, to = from, timeZone = MADRID) => ({ from, to, timeZone });
    expect(bucketLayout([])).toBeUndefined();
    expect(bucketLayout([day('2026-03-01'), day('2026-03-03')])).toBeUndefined();
    expect(bucketLayout([day('2026-03-01', '2026-03-02'), day('2026-03-02')])).toBeUndefined();
    expect(bucketLayout([day('2026-03-01'), day('2026-03-02', '2026-03-02', 'UTC')])).toBeUndefined();
    expect(bucketLayout([day('2026-03-02', '2026-03-01')])).toBeUndefined();
    expect(bucketLayout([day('2026-02-30')])).toBeUndefined();
  });
});
