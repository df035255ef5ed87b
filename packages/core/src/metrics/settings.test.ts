import { describe, expect, it } from 'vitest';
import { checkMetricSettings, validMetricSettings } from './settings';
import type { MetricSettings } from './settings';

const paths = (settings: MetricSettings) => checkMetricSettings(settings).map((i) => i.path);

describe('checkMetricSettings', () => {
  it('accepts no settings and a full, sensible set', () => {
    expect(checkMetricSettings({})).toEqual([]);
    expect(
      checkMetricSettings({
        targetAudience: [
          { trait: 'country', op: 'in', values: ['CN', 'JP'] },
          { trait: 'age', op: 'between', min: 18, max: 45 },
          { trait: 'email', op: 'exists' },
        ],
        retentionDay: 30,
        ownAccounts: ['wechat', 'weibo'],
        storePathPrefixes: ['/shop', '/tienda'],
        primaryStore: 'app-store',
      }),
    ).toEqual([]);
  });

  it('names each bad field by its path', () => {
    expect(
      paths({
        targetAudience: [
          { trait: ' ', op: 'exists' },
          { trait: 'plan', op: 'in', values: [] },
          { trait: 'age', op: 'between', min: 50, max: 18 },
        ],
        retentionDay: 0,
        ownAccounts: ['WeChat', 'wechat', ''],
        storePathPrefixes: ['shop', '/ok'],
        primaryStore: '',
      }),
    ).toEqual(['targetAudience.0.trait', 'targetAudience.1.values', 'targetAudience.2', 'retentionDay', 'ownAccounts.1', 'ownAccounts.2', 'storePathPrefixes.0', 'primaryStore']);
  });

  it('refuses non-integer and huge retention days, and infinite bounds', () => {
    expect(paths({ retentionDay: 7.5 })).toEqual(['retentionDay']);
    expect(paths({ retentionDay: 367 })).toEqual(['retentionDay']);
    expect(paths({ targetAudience: [{ trait: 'age', op: 'between', min: Number.NEGATIVE_INFINITY, max: 3 }] })).toEqual(['targetAudience.0']);
    expect(paths({ targetAudience: [{ trait: 'n', op: 'in', values: [Number.NaN] }] })).toEqual(['targetAudience.0.values.0']);
  });

  it('throws VALIDATION_FAILED with every issue', () => {
    expect(() => validMetricSettings({ retentionDay: -1, storePathPrefixes: ['x'] })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'retentionDay' }), expect.objectContaining({ path: 'storePathPrefixes.0' })] }));
  });
});
