import { ATTRIBUTION_MODELS } from '@marketops/core';
import type { AnalysisName, DuckDbAnswers } from './duckdb-side';
import { REPORTING_CURRENCY } from './specs';

/**
 * Whether the product (DuckDB) and the plain SQL (PostgreSQL) gave the same answers: every row
 * each side reports, not only a sample. Counts must be equal; sums of fractional credit and
 * revenue equal up to floating-point rounding (the two sides add in different orders).
 */
export interface Agreement {
  readonly ok: boolean;
  /** The numbers a reader checks first, as both sides gave them (they are equal when ok). */
  readonly headline: Readonly<Record<string, number | string | null | readonly number[]>>;
  readonly problems: readonly string[];
}

type Rows = readonly Record<string, unknown>[];

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const close = (a: number | null, b: number | null, tolerance = 1e-9): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

class Checker {
  readonly problems: string[] = [];

  same(what: string, duckdb: number | null, postgres: number | null, tolerance = 0): void {
    const ok = tolerance === 0 ? duckdb === postgres : close(duckdb, postgres, tolerance);
    if (!ok && this.problems.length < 20) this.problems.push(`${what}: DuckDB ${duckdb}, PostgreSQL ${postgres}`);
  }

  keys(what: string, duckdb: Iterable<string>, postgres: Iterable<string>): void {
    const a = new Set(duckdb);
    const b = new Set(postgres);
    const onlyA = [...a].filter((k) => !b.has(k));
    const onlyB = [...b].filter((k) => !a.has(k));
    if (onlyA.length > 0) this.problems.push(`${what} only in DuckDB: ${onlyA.slice(0, 5).join(', ')}`);
    if (onlyB.length > 0) this.problems.push(`${what} only in PostgreSQL: ${onlyB.slice(0, 5).join(', ')}`);
  }
}

export function compare<K extends AnalysisName>(name: K, duckdb: DuckDbAnswers[K], postgres: Rows): Agreement {
  const c = new Checker();
  const headline = COMPARERS[name](duckdb as never, postgres, c);
  return { ok: c.problems.length === 0, headline, problems: c.problems };
}

const COMPARERS: { readonly [K in AnalysisName]: (d: DuckDbAnswers[K], p: Rows, c: Checker) => Agreement['headline'] } = {
  reach(d, p, c) {
    const money = (cost: Readonly<Record<string, string | null>>): number | null => num(cost[REPORTING_CURRENCY]);
    const total = p.find((r) => r.dim === 'total');
    c.same('total reach', d.total.reach, num(total?.reach));
    c.same('total touches', d.total.touches, num(total?.touches));
    c.same('total cost', money(d.total.cost), num(total?.cost));
    c.same('total cost per contact', money(d.total.costPerContact), num(total?.cost_per_contact));
    for (const [dim, rows] of [['channel', d.byChannel], ['campaign', d.byCampaign]] as const) {
      const pg = new Map(p.filter((r) => r.dim === dim).map((r) => [String(r.name), r]));
      c.keys(`${dim} rows`, rows.map((r) => r.name), pg.keys());
      for (const row of rows) {
        const other = pg.get(row.name);
        if (other === undefined) continue;
        c.same(`${dim} ${row.name} reach`, row.reach, num(other.reach));
        c.same(`${dim} ${row.name} touches`, row.touches, num(other.touches));
        c.same(`${dim} ${row.name} cost`, money(row.cost), num(other.cost));
        c.same(`${dim} ${row.name} cost per contact`, money(row.costPerContact), num(other.cost_per_contact));
      }
    }
    return { reach: d.total.reach, touches: d.total.touches, cost: money(d.total.cost), costPerContact: money(d.total.costPerContact), channels: d.byChannel.length, campaigns: d.byCampaign.length };
  },

  funnel(d, p, c) {
    const row = p[0] ?? {};
    d.steps.forEach((step, k) => {
      c.same(`step ${k + 1} people`, step.people, num(row[`step${k + 1}`]));
      if (k > 0) c.same(`step ${k + 1} median time`, step.medianTimeToConvertMs, num(row[`median_ms_${k + 1}`]), 1e-9);
    });
    return { people: d.steps.map((s) => s.people), medianMs: d.steps.slice(1).map((s) => s.medianTimeToConvertMs ?? Number.NaN) };
  },

  retention(d, p, c) {
    const pg = new Map(p.map((r) => [`${String(r.cohort)} ${Number(r.k)}`, Number(r.people)]));
    let cells = 0;
    for (const cohort of d.cohorts) {
      c.same(`cohort ${cohort.bucket} size`, cohort.size, pg.get(`${cohort.bucket} -1`) ?? 0);
      for (const cell of cohort.cells) {
        c.same(`cohort ${cohort.bucket} week ${cell.period}`, cell.retained, pg.get(`${cohort.bucket} ${cell.period}`) ?? 0);
        cells += 1;
      }
    }
    const known = new Set(d.cohorts.map((x) => x.bucket));
    const extra = [...pg.keys()].filter((k) => !known.has(k.split(' ')[0] as string));
    if (extra.length > 0) c.problems.push(`cohorts only in PostgreSQL: ${extra.slice(0, 5).join(', ')}`);
    return { cohortSizes: d.cohorts.map((x) => x.size), cellsCompared: cells, week1Retained: d.overall[1]?.retained ?? 0 };
  },

  attribution(d, p, c) {
    const totals = p.filter((r) => r.kind === 'total');
    c.same('conversions', d.conversions, totals.reduce((s, r) => s + Number(r.conversions), 0));
    c.keys('revenue currencies', Object.keys(d.revenue), totals.filter((r) => r.revenue !== null).map((r) => String(r.currency)));
    for (const r of totals) if (r.revenue !== null) c.same(`revenue ${String(r.currency)}`, d.revenue[String(r.currency)] ?? null, num(r.revenue), 1e-9);
    const probability = p.find((r) => r.kind === 'probability');
    c.same('Markov conversion probability', d.markov?.conversionProbability ?? null, num(probability?.conversions), 1e-9);
    for (const r of p.filter((x) => x.kind === 'effect')) c.same(`removal effect ${String(r.channel)}`, d.markov?.removalEffects[String(r.channel)] ?? null, num(r.conversions), 1e-9);
    for (const model of ATTRIBUTION_MODELS) {
      const result = d.models.find((m) => m.model === model);
      if (result === undefined) {
        c.problems.push(`model ${model} missing on DuckDB`);
        continue;
      }
      for (const [level, rows] of [['channel', result.byChannel], ['campaign', result.byCampaign]] as const) {
        const key = (channel: unknown, campaign: unknown): string => (level === 'channel' ? String(channel) : `${String(channel)} / ${String(campaign)}`);
        const pg = new Map<string, { conversions: number; revenue: Map<string, number> }>();
        for (const r of p) {
          if (r.kind !== 'credit' || r.model !== model || (level === 'channel') !== (r.campaign === null)) continue;
          const k = key(r.channel, r.campaign);
          const entry = pg.get(k) ?? { conversions: 0, revenue: new Map<string, number>() };
          entry.conversions += Number(r.conversions);
          if (r.revenue !== null) entry.revenue.set(String(r.currency), (entry.revenue.get(String(r.currency)) ?? 0) + Number(r.revenue));
          pg.set(k, entry);
        }
        c.keys(`${model} ${level} rows`, rows.map((r) => key(r.channel, r.campaign)), pg.keys());
        for (const row of rows) {
          const other = pg.get(key(row.channel, row.campaign));
          if (other === undefined) continue;
          c.same(`${model} ${key(row.channel, row.campaign)} conversions`, row.conversions, other.conversions, 1e-9);
          for (const [currency, amount] of Object.entries(row.revenue)) c.same(`${model} ${key(row.channel, row.campaign)} revenue ${currency}`, amount, other.revenue.get(currency) ?? 0, 1e-9);
        }
      }
    }
    return {
      conversions: d.conversions,
      revenueCNY: d.revenue.CNY ?? 0,
      revenueUSD: d.revenue.USD ?? 0,
      models: d.models.length,
      channelsCredited: d.models[0]?.byChannel.length ?? 0,
    };
  },

  trend(d, p, c) {
    const pg = new Map(p.map((r) => [`${String(r.series)} ${r.day === null ? 'period' : String(r.day)}`, Number(r.people)]));
    const pgSeries = new Set(p.map((r) => String(r.series)));
    c.keys('series', d.series.map((s) => s.name), pgSeries);
    let cells = 0;
    for (const series of d.series) {
      c.same(`${series.name} over the period`, series.value.value, pg.get(`${series.name} period`) ?? 0);
      for (const bucket of series.buckets) {
        c.same(`${series.name} on ${bucket.period.from}`, bucket.value, pg.get(`${series.name} ${bucket.period.from}`) ?? 0);
        cells += 1;
      }
    }
    return { series: d.series.map((s) => s.name).join(', '), cellsCompared: cells, peopleInJune: d.series[0]?.value.value ?? null };
  },
};
