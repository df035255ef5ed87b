import type { SnapshotMeasure } from '@marketops/core';
import { periodOpen, type MeasureValue } from '../core-internals';
import type { SqlEvalContext } from '../sql-context';

/**
 * `snapshot`: channel-account statistics live in PostgreSQL, so the caller passes them (every
 * snapshot up to the period's last day) and this reads them: per-day sum, level at the end, or
 * change over the period, per (platform, account). A null value is unknown and skipped.
 */
export function snapshotValue(ctx: SqlEvalContext, measure: SnapshotMeasure): MeasureValue {
  const { from, to } = ctx.period;
  const byAccount = new Map<string, { value: number; date: string }[]>();
  for (const snapshot of ctx.channelStats) {
    const value = snapshot[measure.metric];
    if (value === null) continue;
    // Why JSON: a pair key no platform or account name can forge by containing a separator.
    const account = JSON.stringify([snapshot.platform, snapshot.account]);
    let list = byAccount.get(account);
    if (list === undefined) byAccount.set(account, (list = []));
    list.push({ value, date: snapshot.date });
  }
  let total = 0;
  let any = false;
  for (const snapshots of byAccount.values()) {
    const dated = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (measure.aggregate === 'sum') {
      for (const s of dated.filter((s) => s.date >= from && s.date <= to)) {
        total += s.value;
        any = true;
      }
      continue;
    }
    const level = latest(dated, (s) => s.date <= to);
    if (level === undefined) continue;
    any = true;
    if (measure.aggregate === 'level') {
      total += level.value;
      continue;
    }
    const base = latest(dated, (s) => s.date < from) ?? dated.find((s) => s.date >= from && s.date <= to) ?? level;
    total += level.value - base.value;
  }
  return { value: any ? total : null, provisional: periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }) };
}

function latest<T>(sorted: readonly T[], test: (item: T) => boolean): T | undefined {
  const matching = sorted.filter(test);
  return matching[matching.length - 1];
}

