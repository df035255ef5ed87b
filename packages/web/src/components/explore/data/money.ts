/**
 * One amount of a per-currency record (`{ CNY: 12.5 }` or `{ CNY: '12.50' }`) in the currency a
 * view reports in: the reporting currency when set, else the record's only currency. Null when
 * the record has no such amount (nothing spent, or several currencies without a reporting one).
 *
 * @example moneyIn({ CNY: '4441.54' }, 'CNY') // { amount: 4441.54, currency: 'CNY' }
 */
export function moneyIn(record: Readonly<Record<string, number | string | null>>, reporting: string | null | undefined): { amount: number; currency: string } | null {
  const currency = reporting ?? (Object.keys(record).length === 1 ? Object.keys(record)[0]! : null);
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
