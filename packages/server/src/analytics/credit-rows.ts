import { NO_TOUCH, type AttributionRow, type AttributionTouch } from '@marketops/core';
import { compareText } from './stats';

/** A conversion as the attribution query returns it. */
export interface Conversion {
  readonly ts: number;
  readonly revenue: number | null;
  readonly currency: string | null;
  readonly touches: readonly AttributionTouch[];
}

/** Adds `share` of a conversion's revenue under its currency (`(none)` when it has none). */
export function addRevenue(into: Record<string, number>, conversion: Conversion, share: number): void {
  if (conversion.revenue === null) return;
  const currency = conversion.currency ?? NO_TOUCH;
  into[currency] = (into[currency] ?? 0) + share * conversion.revenue;
}

/**
 * Credited conversions and revenue per (channel, campaign), sorted as `AttributionSpec` says:
 * credit descending, then channel, then campaign. A row exists once a touch met it, even at 0.
 */
export class CreditRows {
  readonly #rows = new Map<string, { channel: string; campaign: string | null; conversions: number; revenue: Record<string, number> }>();

  add(channel: string, campaign: string | null, share: number, conversion: Conversion): void {
    const key = JSON.stringify([channel, campaign]);
    let row = this.#rows.get(key);
    if (row === undefined) {
      row = { channel, campaign, conversions: 0, revenue: {} };
      this.#rows.set(key, row);
    }
    row.conversions += share;
    addRevenue(row.revenue, conversion, share);
  }

  sorted(): AttributionRow[] {
    return [...this.#rows.values()].sort((a, b) => b.conversions - a.conversions || compareText(a.channel, b.channel) || compareText(a.campaign ?? '', b.campaign ?? ''));
  }
}
