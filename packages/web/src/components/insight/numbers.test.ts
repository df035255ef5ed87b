import { describe, expect, it } from 'vitest';
import { changeTone, dashboardHref, isMissingCurrency, relativeChange, trendHref } from './numbers';

describe('change against the previous period', () => {
  it('is relative to the previous value, and absent without one', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(-2, -4)).toBeCloseTo(0.5); // NPS -4 -> -2 is an improvement
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(null, 3)).toBeNull();
  });
  it('is good news or bad news by the metric’s direction', () => {
    expect(changeTone(0.1, 'higher-is-better')).toBe('better');
    expect(changeTone(0.1, 'lower-is-better')).toBe('worse');
    expect(changeTone(-0.3, 'lower-is-better')).toBe('better');
    expect(changeTone(0, 'higher-is-better')).toBe('flat');
    expect(changeTone(null, 'higher-is-better')).toBe('none');
  });
});

describe('isMissingCurrency', () => {
  it('recognises the server’s refusal by message or issue path', () => {
    expect(isMissingCurrency({ message: 'money metrics need a reportingCurrency (ISO 4217 code)' })).toBe(true);
    expect(isMissingCurrency({ message: 'invalid', issues: [{ path: 'reportingCurrency' }] })).toBe(true);
    expect(isMissingCurrency({ message: 'no events' })).toBe(false);
    expect(isMissingCurrency(undefined)).toBe(false);
  });
});

describe('links', () => {
  const period = { from: '2026-11-01', to: '2026-11-30', interval: 'week' as const };
  it('keep the period and leave the bucket size to the view they open', () => {
    expect(dashboardHref('company-a', 'brand team', period)).toBe('/w/company-a/dashboards/brand%20team?from=2026-11-01&to=2026-11-30');
    expect(trendHref('company-a', 'sales.transaction-rate', period)).toBe('/w/company-a/explore/trend?metric=sales.transaction-rate&from=2026-11-01&to=2026-11-30');
  });
});
