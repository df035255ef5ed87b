import { describe, expect, it } from 'vitest';
import { checkWorkspaceSettings, DEFAULT_WORKSPACE_SETTINGS, validWorkspaceSettings } from './workspace-settings';

describe('workspace settings', () => {
  it('accepts the defaults and a complete, consistent value', () => {
    expect(checkWorkspaceSettings(DEFAULT_WORKSPACE_SETTINGS)).toEqual([]);
    expect(checkWorkspaceSettings({ timeZone: 'Asia/Shanghai', reportingCurrency: 'CNY', exchangeRates: { USD: '7.12', JPY: '0.0475' } })).toEqual([]);
  });

  it('names every problem with its path', () => {
    const issues = checkWorkspaceSettings({ timeZone: 'Mars/Olympus', reportingCurrency: 'YEN', exchangeRates: { CNY: '1', XYZ: '2', EUR: '-1', GBP: '0' } });
    expect(issues.map((i) => i.path)).toEqual(['timeZone', 'reportingCurrency', 'exchangeRates.XYZ', 'exchangeRates.EUR', 'exchangeRates.GBP']);
    expect(checkWorkspaceSettings({ timeZone: 'UTC', reportingCurrency: 'CNY', exchangeRates: { CNY: '1' } })[0]?.message).toMatch(/needs no rate/);
    expect(checkWorkspaceSettings({ timeZone: 'UTC', reportingCurrency: null, exchangeRates: { USD: '7' } })[0]?.message).toMatch(/need a reporting currency/);
  });

  it('throws VALIDATION_FAILED with the issues', () => {
    expect(() => validWorkspaceSettings({ timeZone: 'nowhere', reportingCurrency: null, exchangeRates: {} })).toThrow(/timeZone: unknown time zone "nowhere"/);
  });
});
