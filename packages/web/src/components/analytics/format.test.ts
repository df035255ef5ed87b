import { describe, expect, it } from 'vitest';
import { changeStyle, formatChange, formatDay, formatMetricValue, formatPoints } from './format';

describe('formatMetricValue', () => {
  it('formats counts, ratios and money per language', () => {
    expect(formatMetricValue(12345, 'count', 'en')).toBe('12,345');
    expect(formatMetricValue(12345, 'count', 'es')).toBe('12.345');
    expect(formatMetricValue(0.1234, 'ratio', 'en')).toBe('12.3%');
    expect(formatMetricValue(0.1234, 'ratio', 'es')).toMatch(/^12,3\s?%$/);
    expect(formatMetricValue(19883.57, 'currency', 'zh', 'CNY')).toBe('¥19,883.57');
    expect(formatMetricValue(1500, 'currency', 'ja', 'JPY')).toMatch(/^[¥￥]1,500$/);
    expect(formatMetricValue(7.456, 'currency-per-person', 'en', 'MXN')).toBe('MX$7.46');
  });
  it('writes an em dash for no value', () => {
    expect(formatMetricValue(null, 'ratio', 'en')).toBe('—');
    expect(formatMetricValue(Number.NaN, 'count', 'en')).toBe('—');
  });
  it('shows durations in the largest fitting unit', () => {
    expect(formatMetricValue(45, 'duration', 'en')).toMatch(/^45 secs?$/); // ICU versions differ on the plural
    expect(formatMetricValue(90, 'duration', 'en')).toMatch(/^1.5 mins?$/);
    expect(formatMetricValue(2 * 86_400, 'duration', 'en')).toBe('2 days');
  });
});

describe('formatChange and formatDay', () => {
  it('signs relative changes', () => {
    expect(formatChange(0.12, 'en')).toBe('+12%');
    expect(formatChange(-0.05, 'en')).toBe('-5%');
    expect(formatChange(null, 'en')).toBe('—');
  });
  it('keeps the calendar day whatever the browser zone', () => {
    expect(formatDay('2026-10-01', 'en')).toBe('1 Oct 2026');
    expect(formatDay('2026-10-01', 'ja')).toBe('2026年10月1日');
  });
});

describe('formatPoints', () => {
  it('writes a rate\'s change in percentage points, signed, in the reader\'s digits', () => {
    expect(formatPoints(0.023, 'en')).toBe('+2.3');
    expect(formatPoints(-0.011, 'es')).toBe('-1,1');
    expect(formatPoints(0, 'en')).toBe('0');
    expect(formatPoints(null, 'ja')).toBe('—');
  });
  it('writes a score\'s change in its own points: NPS -10 -> 5 is +15, a rating 4.1 -> 4.35 is +0.25', () => {
    expect(formatPoints(15, 'en', 1)).toBe('+15');
    expect(formatPoints(4.35 - 4.1, 'es', 1)).toBe('+0,25');
    expect(formatPoints(-2.5, 'ja', 1)).toBe('-2.5');
  });
  it('reads rates and scores in points, everything else relative to the previous value', () => {
    expect(changeStyle('ratio')).toBe('percentage-points');
    expect(changeStyle('score')).toBe('score-points');
    for (const unit of ['count', 'currency', 'rank', 'duration', undefined]) expect(changeStyle(unit)).toBe('relative');
  });
});
