import { describe, expect, it } from 'vitest';
import { moneyEntries, moneyIn } from './money';

describe('moneyIn', () => {
  it('takes the view’s one currency, never a row’s own', () => {
    expect(moneyIn({ CNY: '4441.54', USD: '3' }, 'CNY')).toEqual({ amount: 4441.54, currency: 'CNY' });
    // A row with a single currency in a view of several: no amount, so CNY and USD never share an axis.
    expect(moneyIn({ JPY: 1500 }, null)).toBeNull();
  });
  it('answers null when there is no such amount', () => {
    expect(moneyIn({ USD: 1, EUR: 2 }, null)).toBeNull();
    expect(moneyIn({}, 'CNY')).toBeNull();
    expect(moneyIn({ CNY: null }, 'CNY')).toBeNull();
    expect(moneyIn({ CNY: 'abc' }, 'CNY')).toBeNull();
  });
});

describe('moneyEntries', () => {
  it('lists readable amounts by currency code', () => expect(moneyEntries({ USD: '2.5', CNY: 10, EUR: null })).toEqual([['CNY', 10], ['USD', 2.5]]));
});
