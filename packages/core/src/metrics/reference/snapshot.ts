import type { ChannelStatSnapshot } from '../../feeds/model';
import type { SnapshotMeasure } from '../formula';
import type { EvalContext } from './context';
import { periodOpen, type MeasureValue } from './result';

/** Channel-account statistics: per-day sum, level at the end, or change over the period. */
export function evaluateSnapshot(ctx: EvalContext, measure: SnapshotMeasure): MeasureValue {
  const { from, to } = ctx.period;
  const byAccount = new Map<string, ChannelStatSnapshot[]>();
  for (const snapshot of ctx.dataset.channelStats) {
    if (snapshot[measure.metric] === null) continue;
    const account = JSON.stringify([snapshot.platform, snapshot.account]);
    let list = byAccount.get(account);
    if (list === undefined) byAccount.set(account, (list = []));
    list.push(snapshot);
  }
  let total = 0;
  let any = false;
  for (const snapshots of byAccount.values()) {
    snapshots.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const read = (s: ChannelStatSnapshot): number => s[measure.metric] ?? 0;
    if (measure.aggregate === 'sum') {
      for (const s of snapshots) {
        if (s.date >= from && s.date <= to) {
          total += read(s);
          any = true;
        }
      }
      continue;
    }
    const upToEnd = snapshots.filter((s) => s.date <= to);
    const last = upToEnd[upToEnd.length - 1];
    if (last === undefined) continue;
    any = true;
    if (measure.aggregate === 'level') {
      total += read(last);
      continue;
    }
    const before = snapshots.filter((s) => s.date < from);
    const base = before[before.length - 1] ?? snapshots.find((s) => s.date >= from && s.date <= to);
    total += read(last) - (base === undefined ? read(last) : read(base));
  }
  return { value: any ? total : null, provisional: periodOpen(ctx) };
}
