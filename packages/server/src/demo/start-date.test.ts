import { describe, expect, it } from 'vitest';
import { demoStartDate } from './start-date';

describe('demoStartDate', () => {
  it('counts back from the local date of the company\'s zone', () => {
    const instant = new Date('2026-12-01T20:00:00Z');
    expect(demoStartDate(instant, 'Asia/Tokyo', 90)).toBe('2026-09-03'); // already Dec 2 in Tokyo
    expect(demoStartDate(instant, 'America/Mexico_City', 90)).toBe('2026-09-02');
  });
});
