import { describe, expect, it } from 'vitest';
import { parseRates, ratesText, timeZones } from './reportingSettingsForm';

describe('reporting settings form', () => {
  it('reads one rate per line in the forms people type, naming each bad line', () => {
    expect(parseRates('USD=7.12\n\njpy 0.0475\nEUR: 7.8')).toEqual({ rates: { USD: '7.12', JPY: '0.0475', EUR: '7.8' }, problems: [] });
    expect(parseRates('USD=7.12\nlots\nGBP=0\nEUR=-1').problems).toEqual([
      { line: 2, text: 'lots' },
      { line: 3, text: 'GBP=0' },
      { line: 4, text: 'EUR=-1' },
    ]);
  });

  it('shows stored rates the way it reads them', () => {
    const rates = { USD: '7.12', JPY: '0.0475' };
    expect(parseRates(ratesText(rates)).rates).toEqual(rates);
  });

  it('offers UTC first and always the current zone', () => {
    const zones = timeZones('Asia/Shanghai');
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Asia/Shanghai');
    expect(new Set(zones).size).toBe(zones.length);
  });
});
