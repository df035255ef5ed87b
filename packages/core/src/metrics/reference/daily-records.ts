import type { StoredEvent } from '../../events/model';
import type { DailyRecordsMeasure } from '../formula';
import { compareEvents, type EvalContext } from './context';
import { periodOpen, type MeasureValue } from './result';
import { finite, isDate } from './values';

/** Per-store daily records (latest per store and day), then a sum, a median rank or a weighted mean. */
export function evaluateDailyRecords(ctx: EvalContext, measure: DailyRecordsMeasure): MeasureValue {
  const records = new Map<string, StoredEvent>();
  for (const event of ctx.events) {
    if (event.type !== 'track' || event.event !== measure.event) continue;
    const group = event.properties[measure.group];
    const date = event.properties[measure.date];
    if (typeof group !== 'string' || group === '' || !isDate(date)) continue;
    const key = JSON.stringify([group, date]);
    const current = records.get(key);
    if (current === undefined || compareEvents(current, event) < 0) records.set(key, event);
  }
  const { from, to } = ctx.period;
  const provisional = periodOpen(ctx);
  const dateOf = (e: StoredEvent): string => e.properties[measure.date] as string;
  const aggregate = measure.aggregate;
  if (aggregate.kind === 'sum') {
    let total = 0;
    let any = false;
    for (const record of records.values()) {
      const value = finite(record.properties[aggregate.property]);
      if (value === null || dateOf(record) < from || dateOf(record) > to) continue;
      total += value;
      any = true;
    }
    return { value: any ? total : null, provisional };
  }
  if (aggregate.kind === 'median-rank') {
    const store = ctx.settings.primaryStore;
    const ranks: number[] = [];
    for (const record of records.values()) {
      if (record.properties[measure.group] !== store || dateOf(record) < from || dateOf(record) > to) continue;
      const rank = finite(record.properties[aggregate.rank]);
      const chart = finite(record.properties[aggregate.chartLength]);
      if (rank !== null && rank >= 1) ranks.push(rank);
      else if (chart !== null) ranks.push(chart + 1);
    }
    ranks.sort((a, b) => a - b);
    const mid = Math.floor(ranks.length / 2);
    const median = ranks.length === 0 ? null : ranks.length % 2 === 1 ? ranks[mid]! : (ranks[mid - 1]! + ranks[mid]!) / 2;
    return { value: median, provisional };
  }
  const latestPerGroup = new Map<string, StoredEvent>();
  for (const record of records.values()) {
    const value = finite(record.properties[aggregate.value]);
    const weight = finite(record.properties[aggregate.weight]);
    if (value === null || weight === null || weight <= 0 || dateOf(record) > to) continue;
    const group = record.properties[measure.group] as string;
    const current = latestPerGroup.get(group);
    if (current === undefined || dateOf(current) < dateOf(record)) latestPerGroup.set(group, record);
  }
  let weighted = 0;
  let weights = 0;
  for (const record of latestPerGroup.values()) {
    const weight = record.properties[aggregate.weight] as number;
    weighted += (record.properties[aggregate.value] as number) * weight;
    weights += weight;
  }
  return { value: weights === 0 ? null : weighted / weights, numerator: weighted, denominator: weights, provisional };
}
