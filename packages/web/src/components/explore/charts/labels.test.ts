import { describe, expect, it } from 'vitest';
import { bucketLabel } from './labels';

describe('bucketLabel', () => {
  it('names days and weeks by their day, months by month and year, per language', () => {
    expect(bucketLabel('2026-11-02', 'day', 'en')).toBe('2 Nov 2026');
    expect(bucketLabel('2026-11-02', 'week', 'ja')).toBe('2026年11月2日');
    expect(bucketLabel('2026-11-01', 'month', 'ja')).toBe('2026年11月');
    expect(bucketLabel('2026-11-01', 'month', 'en')).toBe('Nov 2026');
  });
  it('shows an unreadable day as it is', () => expect(bucketLabel('soon', 'month', 'en')).toBe('soon'));
});
