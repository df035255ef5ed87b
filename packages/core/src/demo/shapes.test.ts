import { describe, expect, it } from 'vitest';
import { COMPANY_A } from './profiles/company-a';
import { COMPANY_B } from './profiles/company-b';
import { campaignLift, expectedVisitors, scheduleFor } from './shapes';

const campaign = { ...COMPANY_A.campaigns[0]!, startDay: 10, durationDays: 20, peakLift: 2, halfLifeDays: 5 };

describe('campaignLift', () => {
  it('peaks on the first day and halves every half-life while the campaign runs', () => {
    expect(campaignLift(campaign, 10)).toBe(2);
    expect(campaignLift(campaign, 15)).toBeCloseTo(1, 10);
    expect(campaignLift(campaign, 20)).toBeCloseTo(0.5, 10);
  });

  it('is zero before the start and from the end on', () => {
    expect(campaignLift(campaign, 9)).toBe(0);
    expect(campaignLift(campaign, 30)).toBe(0);
  });
});

describe('scheduleFor', () => {
  it('keeps the 90-day calendar for 90 days and stretches it for other lengths', () => {
    expect(scheduleFor(COMPANY_A, 90).campaigns.map((c) => c.startDay)).toEqual(COMPANY_A.campaigns.map((c) => c.startDay));
    const short = scheduleFor(COMPANY_A, 30);
    expect(short.campaigns.map((c) => c.startDay)).toEqual(COMPANY_A.campaigns.map((c) => Math.round(c.startDay / 3)));
    expect(short.offlineEvents.every((e) => e.day < 30)).toBe(true);
    expect(short.campaigns.every((c) => c.durationDays >= 1)).toBe(true);
  });
});

describe('expectedVisitors', () => {
  it('follows the weekday: A (merchants) on weekdays, B (gamers) at the weekend', () => {
    const quiet = 89; // no campaign of either profile runs on the last day
    const a = scheduleFor(COMPANY_A, 90);
    const b = scheduleFor(COMPANY_B, 90);
    const direct = (p: typeof COMPANY_A) => p.channels.find((c) => c.id === 'direct')!;
    expect(expectedVisitors(COMPANY_A, a, direct(COMPANY_A), quiet, 1, 1)).toBeGreaterThan(expectedVisitors(COMPANY_A, a, direct(COMPANY_A), quiet, 6, 1));
    expect(expectedVisitors(COMPANY_B, b, direct(COMPANY_B), quiet, 5, 1)).toBeGreaterThan(expectedVisitors(COMPANY_B, b, direct(COMPANY_B), quiet, 1, 1));
  });

  it('adds a running campaign\'s lift and scales linearly', () => {
    const s = scheduleFor(COMPANY_A, 90);
    const sem = COMPANY_A.channels.find((c) => c.id === 'baidu-sem')!;
    const start = s.campaigns[0]!.startDay;
    expect(expectedVisitors(COMPANY_A, s, sem, start, 2, 1)).toBeCloseTo(sem.dailyVisitors * COMPANY_A.weekly[2]! * (1 + s.campaigns[0]!.peakLift), 6);
    expect(expectedVisitors(COMPANY_A, s, sem, start, 2, 2)).toBeCloseTo(2 * expectedVisitors(COMPANY_A, s, sem, start, 2, 1), 6);
  });
});
