/**
 * One amount of a per-currency record (`{ CNY: 12.5 }` or `{ CNY: '12.50' }`) in the one currency
 * the whole view reports in (the reporting currency, or the only currency of the whole answer).
 * Null without such a currency, or when the record has no amount in it. Never a per-row fallback:
 * rows in different currencies would share an axis or a column as bare numbers.
 *
 * @example moneyIn({ CNY: '4441.54' }, 'CNY') // { amount: 4441.54, currency: 'CNY' }
 */
export function moneyIn(record: Readonly<Record<string, number | string | null>>, currency: string | null | undefined): { amount: number; currency: string } | null {
  if (!currency) return null;
  const raw = record[currency];
  if (raw === undefined || raw === null) return null;
  const amount = typeof raw === 'number' ? raw : Number(raw);
  return Number.isFinite(amount) ? { amount, currency } : null;
}

/** Every amount of a per-currency record, for text: `[['CNY', 12.5], ['USD', 3]]`, in code order. */
export function moneyEntries(record: Readonly<Record<string, number | string | null>>): [string, number][] {
  return Object.entries(record)
    .filter((entry): entry is [string, number | string] => entry[1] !== null && Number.isFinite(Number(entry[1])))
    .map(([currency, raw]) => [currency, Number(raw)] as [string, number])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
