import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimal, formatDecimal, multiplyDecimal, parseDecimal, ZERO } from './decimal';
import { ExchangeRateMissingError, MetricOptionError } from './errors';
import { convertTotals } from './money';

const d = (text: string) => {
  const value = parseDecimal(text);
  if (value === null) throw new Error(text);
  return value;
};

describe('decimal', () => {
  it('adds exactly where floats do not', () => {
    expect(formatDecimal(addDecimal(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatDecimal(addDecimal(d('1234.50'), d('-80.00')), 2)).toBe('1154.50');
    expect(formatDecimal(multiplyDecimal(d('10.00'), d('7.1')), 2)).toBe('71.00');
  });

  it('reads numbers from their shortest text and rejects what is not a plain decimal', () => {
    expect(parseDecimal(19.99)).toEqual({ units: 1999n, scale: 2 });
    expect(formatDecimal(parseDecimal(1e-7)!)).toBe('0.0000001');
    for (const bad of ['1,234.00', '1e3', 'abc', '', NaN, Infinity, null, true]) expect(parseDecimal(bad)).toBeNull();
  });

  it('sums cents to the same total in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 })), (cents) => {
        const texts = cents.map((c) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`);
        const forward = texts.reduce((sum, t) => addDecimal(sum, d(t)), ZERO);
        const backward = [...texts].reverse().reduce((sum, t) => addDecimal(sum, d(t)), ZERO);
        const total = cents.reduce((a, b) => a + b, 0);
        expect(formatDecimal(forward, 2)).toBe(formatDecimal(backward, 2));
        expect(formatDecimal(forward, 2)).toBe(formatDecimal({ units: BigInt(total), scale: 2 }, 2));
      }),
    );
  });
});

describe('convertTotals', () => {
  it('converts each currency total with its rate and adds exactly', () => {
    const totals = new Map([
      ['CNY', new Map([['2026-03-01', d('100.10')]])],
      ['USD', new Map([['2026-03-01', d('10.00')]])],
      ['JPY', new Map([['2026-03-01', d('1000')]])],
    ]);
    // 100.10 + 10.00 x 7.1 + 1000 x 0.048 = 100.10 + 71 + 48 = 219.10
    expect(formatDecimal(convertTotals(totals, { reportingCurrency: 'cny', exchangeRates: { USD: '7.1', JPY: '0.048' } }), 2)).toBe('219.10');
  });

  it('names the currency without a rate in a typed error', () => {
    const totals = new Map([
      ['EUR', new Map([['2026-03-02', d('1')]])],
      ['USD', new Map([['2026-03-02', d('1')]])],
    ]);
    let error: unknown;
    try {
      convertTotals(totals, { reportingCurrency: 'CNY', exchangeRates: { USD: '7.1' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExchangeRateMissingError);
    expect((error as ExchangeRateMissingError).currency).toBe('EUR');
    expect((error as ExchangeRateMissingError).date).toBe('2026-03-02');
    expect((error as ExchangeRateMissingError).issues[0]?.path).toBe('exchangeRates.EUR');
  });

  it('converts each date at its own rate, falling back to the flat rate', () => {
    const totals = new Map([
      [
        'USD',
        new Map([
          ['2026-03-01', d('10.00')],
          ['2026-03-02', d('10.00')],
        ]),
      ],
    ]);
    const options = { reportingCurrency: 'CNY', exchangeRates: { USD: '7.1' }, dailyExchangeRates: { '2026-03-01': { USD: '7.0' } } };
    expect(formatDecimal(convertTotals(totals, options), 2)).toBe('141.00'); // 10 x 7.0 + 10 x 7.1
  });

  it('needs a reporting currency and positive rates', () => {
    expect(() => convertTotals(new Map(), {})).toThrow(MetricOptionError);
    expect(() => convertTotals(new Map([['USD', new Map([['2026-03-01', d('1')]])]]), { reportingCurrency: 'CNY', exchangeRates: { USD: '0' } })).toThrow(/not a positive decimal/);
  });
});
