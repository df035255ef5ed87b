import type { TrendResultDto } from '../../../api/client';

export interface TrendPoint {
  from: string;
  to: string;
  value: number | null;
}

/** One line of the trend: the total, a breakdown value, or the other values together. */
export interface TrendLine {
  kind: 'total' | 'group' | 'other';
  name: string;
  total: number | null;
  points: TrendPoint[];
  /** The previous period (the total only): bucket i moved back by the period's length. */
  previous?: { total: number | null; points: TrendPoint[]; relativeChange: number | null };
  /** `other` only: how many breakdown values it holds. */
  mergedValues?: number;
}

/** A trend answer as the explorer draws it. */
export interface TrendData {
  unit: string;
  /** The money's currency, for money metrics. */
  currency: string | null;
  lines: TrendLine[];
}

type Result = TrendResultDto['series'][number]['value'];
const point = (r: Result): TrendPoint => ({ from: r.period.from, to: r.period.to, value: r.value });

/** The answer's series as lines, the total first (with its previous period), then the groups, then `(other)`. */
export function trendFromResult(result: TrendResultDto): TrendData {
  const currency = result.series.map((s) => s.value.money?.currency).find((c): c is string => Boolean(c)) ?? null;
  return {
    unit: result.unit,
    currency,
    lines: result.series.map((s) => ({
      kind: s.kind,
      name: s.name,
      total: s.value.value,
      points: s.buckets.map(point),
      ...(s.kind === 'total' && s.previous ? { previous: { total: s.previous.value.value, points: s.previous.buckets.map(point), relativeChange: s.previous.relativeChange } } : {}),
      ...(s.mergedValues !== undefined ? { mergedValues: s.mergedValues } : {}),
    })),
  };
}

/** A table row: bucket i of every line, beside bucket i of the total's previous period. */
export interface TrendTableRow {
  bucket: TrendPoint;
  values: (number | null)[];
  previous: TrendPoint | undefined;
  /** The total's (current - previous) / |previous|, as the API's `relativeChange`; null when either is missing or the previous is 0. */
  change: number | null;
}

export function trendTable(data: TrendData): TrendTableRow[] {
  const total = data.lines.find((l) => l.kind === 'total') ?? data.lines[0];
  if (!total) return [];
  return total.points.map((bucket, i) => {
    const previous = total.previous?.points[i];
    const before = previous?.value;
    const change = bucket.value !== null && before !== null && before !== undefined && before !== 0 ? (bucket.value - before) / Math.abs(before) : null;
    return { bucket, values: data.lines.map((line) => line.points[i]?.value ?? null), previous, change };
  });
}
