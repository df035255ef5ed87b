/**
 * MarketOps analytics benchmark (issue 4 §6): `npm run bench:analytics` (flags: `-- --help`).
 *
 * For each size (default 1M and 10M events):
 * 1. Data: a seeded simulation of a web shop's visitors (bench/lib/analytics/generate-events.ts)
 *    loaded into a DuckDB event store file through the store's own migrations and bulk path;
 *    cached by (seed, size) under bench/.cache/, so reruns skip this.
 * 2. PostgreSQL: the same rows COPYed into the machine's PostgreSQL (schema `bench_analytics`,
 *    dropped at the end), with the indexes the plain SQL of bench/postgres/ needs.
 * 3. The five analyses, each run once to warm up and then `--runs` times: on DuckDB through the
 *    product's own code (packages/server/src/analytics, the calls AnalyticsService makes), on
 *    PostgreSQL as the plain SQL files, the two engines' runs interleaved so that both meet the
 *    same competition for the cores. Median, p90, the process's peak RSS per analysis, the ratio.
 * 4. Both sides' answers are compared row by row; any difference fails the run (exit code 1).
 *
 * Prints a table per size and writes bench/results/analytics-<date>.json.
 */
import { writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from 'pg';
import { openDuckDbEventStore, type DuckDbEventStore } from '../packages/server/src/events/duckdb/duckdb-event-store';
import { compare, type Agreement } from './lib/analytics/agreement';
import { prepareDataset, type DatasetMeta } from './lib/analytics/dataset';
import { ANALYSES, duckDbAnalyses, type AnalysisName, type DuckDbAnswers } from './lib/analytics/duckdb-side';
import { POSTGRES_ANALYSES } from './lib/analytics/postgres-analyses';
import { connectPostgres, dropPostgres, loadPostgres, readQuery, runQuery, type PostgresInfo, type PostgresLoad } from './lib/analytics/postgres-side';
import { machineInfo } from './lib/machine';
import { REPO_ROOT } from './lib/server-process';
import { fmt, percentile, procStatusMiB, round } from './lib/stats';
import { duckDbVersion } from './lib/store-phase';

const TARGET_MEDIAN_MS = 1_000;
const TARGET_RATIO = 15;
const TARGET_EVENTS = 10_000_000;

const LABELS: Readonly<Record<AnalysisName, string>> = {
  reach: 'reach + cost per contact',
  funnel: 'funnel, 4 steps, 7-day window',
  retention: 'retention, 12 weekly cohorts',
  attribution: 'attribution, all 7 models',
  trend: 'trend by channel, 30 days',
};

const { values: flags } = parseArgs({
  options: {
    events: { type: 'string' },
    runs: { type: 'string' },
    'pg-runs': { type: 'string' },
    'pg-url': { type: 'string' },
    'pg-work-mem': { type: 'string' },
    'pg-jit': { type: 'boolean' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'cache-dir': { type: 'string' },
    out: { type: 'string' },
    'skip-postgres': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (flags.help) {
  console.log(`npm run bench:analytics -- [options]
  --events N,N        sizes to run, events each                  (1000000,10000000)
  --runs N            measured runs per analysis on DuckDB       (5; after one warm-up run)
  --pg-runs N         measured runs per analysis on PostgreSQL   (--runs)
  --pg-url URL        PostgreSQL for the comparison              (MARKETOPS_BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
  --pg-work-mem SIZE  work_mem of the PostgreSQL session         (256MB)
  --pg-jit            leave PostgreSQL's JIT on (off by default: see bench/lib/analytics/postgres-side.ts)
  --seed N            generator seed                             (42)
  --only a,b          analyses: ${ANALYSES.join(', ')}
  --cache-dir DIR     generated data, by seed and size           (bench/.cache/analytics)
  --out FILE          results file                               (bench/results/analytics-<date>.json)
  --skip-postgres     DuckDB only`);
  process.exit(0);
}

const positive = (raw: string | undefined, fallback: number, name: string): number => {
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number >= 1, got ${raw}`);
  return value;
};
const runs = positive(flags.runs, 5, 'runs');
const opts = {
  sizes: (flags.events ?? '1000000,10000000').split(',').map((s) => positive(s.trim().replaceAll('_', ''), 0, 'events')),
  runs,
  pgRuns: positive(flags['pg-runs'], runs, 'pg-runs'),
  pgUrl: flags['pg-url'] ?? (process.env.MARKETOPS_BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'),
  pgWorkMem: flags['pg-work-mem'] ?? '256MB',
  pgJit: flags['pg-jit'] === true,
  seed: positive(flags.seed, 42, 'seed'),
  analyses: flags.only === undefined ? ANALYSES : flags.only.split(',').map((name) => {
    if (!(ANALYSES as readonly string[]).includes(name.trim())) throw new Error(`--only: unknown analysis ${name}; known: ${ANALYSES.join(', ')}`);
    return name.trim() as AnalysisName;
  }),
  cacheDir: path.resolve(flags['cache-dir'] ?? path.join(REPO_ROOT, 'bench/.cache/analytics')),
};

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

interface Timing {
  readonly medianMs: number;
  readonly p90Ms: number;
  /** The warm-up run (first after loading), not in the median. */
  readonly firstMs: number;
  readonly timesMs: readonly number[];
}

interface AnalysisResult {
  /** peakRssMiB: the process's peak RSS over this analysis' runs; duckdbMemoryMiB: what DuckDB's buffer manager held right after them. */
  readonly duckdb: Timing & { readonly peakRssMiB: number | null; readonly duckdbMemoryMiB: number | null };
  readonly postgres: Timing | null;
  /** PostgreSQL median ÷ DuckDB median. */
  readonly ratio: number | null;
  readonly agreement: Agreement | null;
  /** 1-minute load averages before and after the analysis' runs: above the core count, other work competed for the CPU. */
  readonly loadAvgBefore: number;
  readonly loadAvgAfter: number;
}

interface SizeResult {
  readonly events: number;
  readonly dataset: DatasetMeta & { readonly fromCache: boolean };
  readonly postgresLoad: PostgresLoad | null;
  readonly analyses: Partial<Record<AnalysisName, AnalysisResult>>;
  /** Peak RSS of this process over the analyses (DuckDB runs in-process), and the RSS with the store open before them. */
  readonly duckdbPeakRssMiB: number | null;
  readonly duckdbRssOpenMiB: number | null;
  readonly duckdbSettings: Readonly<Record<string, string>>;
  readonly targets: { readonly appliesAt: number; readonly medianAtMost1s: boolean; readonly ratioAtLeast15: boolean | null };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const machine = machineInfo();
  const duckdb = await duckDbVersion();
  log(`MarketOps analytics benchmark: ${machine.cores} cores (${machine.cpuModel}), ${machine.ramGiB} GiB, Node ${machine.node}, DuckDB ${duckdb}, load ${machine.loadAvgAtStart}`);
  let postgresInfo: PostgresInfo | null = null;
  let postgresSkipped: string | null = flags['skip-postgres'] ? 'skipped by --skip-postgres' : null;
  const sizes: SizeResult[] = [];
  let problems = 0;

  for (const events of opts.sizes) {
    log(`\n== ${fmt(events)} events ==`);
    const dataset = await prepareDataset({ seed: opts.seed, events, cacheRoot: opts.cacheDir, log });

    let client: Client | null = null;
    let postgresLoad: PostgresLoad | null = null;
    if (postgresSkipped === null) {
      const pg = await connectPostgres(opts.pgUrl, opts.pgWorkMem, opts.pgJit);
      if ('reason' in pg) {
        postgresSkipped = pg.reason;
        log(`PostgreSQL: ${pg.reason}; comparison skipped`);
      } else {
        postgresInfo = pg.info;
        client = pg.client;
      }
    }

    try {
      if (client !== null) {
        log(`PostgreSQL ${postgresInfo?.serverVersion ?? ''}: loading ...`);
        postgresLoad = await loadPostgres(client, dataset.duckdbPath, dataset.costs, log);
      }
      // Each analysis on both engines, runs interleaved (DuckDB, PostgreSQL, DuckDB, ...) so that
      // both see the same competition for the shared cores; one warm-up run each first.
      const store = await openDuckDbEventStore({ path: dataset.duckdbPath });
      const analyses: Partial<Record<AnalysisName, AnalysisResult>> = {};
      let duckdbSettings: Record<string, string> = {};
      const rssOpen = procStatusMiB('self', 'VmRSS');
      try {
        duckdbSettings = await settingsOf(store);
        const duckRun = duckDbAnalyses(store, dataset.costs);
        for (const name of opts.analyses) {
          const query = client === null ? null : await readQuery(POSTGRES_ANALYSES[name].file);
          const pgRun = client === null || query === null ? null : () => runQuery(client, query, POSTGRES_ANALYSES[name].values);
          const loadAvgBefore = round(loadavg()[0] ?? 0, 2);
          resetPeakRss();
          const duckFirst = await timeOnce(duckRun[name] as () => Promise<unknown>);
          const pgFirst = pgRun === null ? null : await timeOnce(pgRun);
          const duckMs: number[] = [];
          const pgMs: number[] = [];
          for (let i = 0; i < Math.max(opts.runs, opts.pgRuns); i++) {
            if (i < opts.runs) duckMs.push((await timeOnce(duckRun[name] as () => Promise<unknown>)).ms);
            if (pgRun !== null && i < opts.pgRuns) pgMs.push((await timeOnce(pgRun)).ms);
          }
          const peakRssMiB = procStatusMiB('self', 'VmHWM');
          const duckdb = { ...summarize(duckMs, duckFirst.ms), peakRssMiB: peakRssMiB === null ? null : round(peakRssMiB), duckdbMemoryMiB: await duckDbMemoryMiB(store) };
          const postgres = pgFirst === null ? null : summarize(pgMs, pgFirst.ms);
          const agreement = pgFirst === null ? null : compare(name, duckFirst.answer as DuckDbAnswers[typeof name], pgFirst.answer);
          analyses[name] = {
            duckdb,
            postgres,
            ratio: postgres === null ? null : round(postgres.medianMs / duckdb.medianMs, 1),
            agreement,
            loadAvgBefore,
            loadAvgAfter: round(loadavg()[0] ?? 0, 2),
          };
          log(
            `${LABELS[name].padEnd(30)} DuckDB median ${fmt(duckdb.medianMs)} ms (p90 ${fmt(duckdb.p90Ms)})` +
              (postgres === null ? '' : `, PostgreSQL median ${fmt(postgres.medianMs)} ms (p90 ${fmt(postgres.p90Ms)}); answers ${agreement?.ok ? 'agree' : 'DIFFER'}`),
          );
          if (agreement !== null && !agreement.ok) {
            problems += agreement.problems.length;
            for (const problem of agreement.problems) log(`  DIFFERENCE ${name}: ${problem}`);
          }
        }
      } finally {
        await store.close();
      }
      const results = Object.values(analyses);
      const peaks = results.map((a) => a.duckdb.peakRssMiB).filter((v): v is number => v !== null);
      sizes.push({
        events,
        dataset: { ...dataset.meta, fromCache: dataset.cached },
        postgresLoad: postgresLoad && { ...postgresLoad, exportSeconds: round(postgresLoad.exportSeconds, 1), copySeconds: round(postgresLoad.copySeconds, 1), indexSeconds: round(postgresLoad.indexSeconds, 1), vacuumAnalyzeSeconds: round(postgresLoad.vacuumAnalyzeSeconds, 1) },
        analyses,
        duckdbPeakRssMiB: peaks.length === 0 ? null : Math.max(...peaks),
        duckdbRssOpenMiB: rssOpen === null ? null : round(rssOpen),
        duckdbSettings,
        targets: {
          appliesAt: TARGET_EVENTS,
          medianAtMost1s: results.every((a) => a.duckdb.medianMs <= TARGET_MEDIAN_MS),
          ratioAtLeast15: client === null ? null : results.every((a) => (a.ratio ?? 0) >= TARGET_RATIO),
        },
      });
    } finally {
      if (client !== null) await dropPostgres(client);
    }
  }

  const out = flags.out ? path.resolve(flags.out) : path.join(REPO_ROOT, 'bench/results', `analytics-${startedAt.toISOString().slice(0, 10)}.json`);
  const results = {
    benchmark: 'marketops-analytics',
    date: startedAt.toISOString(),
    command: `npm run bench:analytics -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { ...machine, duckdb, postgres: postgresInfo?.serverVersion ?? null, loadAvgAtEnd: round(loadavg()[0] ?? 0, 2) },
    note: `Other processes shared the ${machine.cores} cores during the run (see the load averages): every figure is an upper bound of what the machine gives alone.`,
    workload: {
      seed: opts.seed,
      runs: opts.runs,
      postgresRuns: opts.pgRuns,
      analyses: Object.fromEntries(opts.analyses.map((name) => [name, LABELS[name]])),
    },
    postgres: postgresInfo === null ? { skipped: true, reason: postgresSkipped } : { skipped: false, ...postgresInfo, schema: 'bench_analytics (dropped after the run)' },
    targets: { atEvents: TARGET_EVENTS, medianMsAtMost: TARGET_MEDIAN_MS, ratioAtLeast: TARGET_RATIO },
    sizes,
    /** Peak RSS of the whole run: data generation and loading included (they stream: bounded whatever the size). */
    processPeakRssMiB: round(Math.max(runPeakRssMiB, procStatusMiB('self', 'VmHWM') ?? 0)),
    agreement: { ok: problems === 0, differences: problems },
  };
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  for (const size of sizes) printTable(size, duckdb, postgresInfo);
  console.log(`\nResults written to ${path.relative(process.cwd(), out)}`);
  if (problems > 0) {
    process.exitCode = 1;
    console.error(`\nANSWERS DIFFER between DuckDB and PostgreSQL (${problems} differences): see above.`);
  }
}

async function timeOnce<T>(fn: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await fn();
  return { answer, ms: performance.now() - started };
}

/** Median (the mean of the middle two for an even count) and nearest-rank p90 of the timed runs. */
function summarize(timesMs: readonly number[], firstMs: number): Timing {
  const sorted = [...timesMs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const medianMs = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { medianMs: round(medianMs, 1), p90Ms: round(percentile(sorted, 90), 1), firstMs: round(firstMs, 1), timesMs: timesMs.map((t) => round(t, 1)) };
}

/** The highest VmHWM seen before any reset: the process's peak RSS over the whole run. */
let runPeakRssMiB = 0;

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux); a no-op elsewhere. */
function resetPeakRss(): void {
  runPeakRssMiB = Math.max(runPeakRssMiB, procStatusMiB('self', 'VmHWM') ?? 0);
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole run so far.
  }
}

/** Memory DuckDB's buffer manager holds now (`duckdb_memory()`), or null when unreadable. */
async function duckDbMemoryMiB(store: DuckDbEventStore): Promise<number | null> {
  try {
    const rows = await store.query('SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()');
    return round(Number(rows[0]?.bytes ?? 0) / 1024 / 1024);
  } catch {
    return null;
  }
}

async function settingsOf(store: DuckDbEventStore): Promise<Record<string, string>> {
  const rows = await store.query(`SELECT name, value FROM duckdb_settings() WHERE name IN ('threads', 'memory_limit')`);
  return Object.fromEntries(rows.map((r) => [String(r.name), String(r.value)]));
}

function printTable(size: SizeResult, duckdb: string, postgres: PostgresInfo | null): void {
  console.log(`\n${fmt(size.events)} events, ${fmt(size.dataset.people)} people; DuckDB ${duckdb} (the product's code) vs PostgreSQL ${postgres?.serverVersion ?? 'n/a'} (plain SQL); warm medians`);
  const header = ['analysis', 'DuckDB median', 'p90', 'PostgreSQL median', 'ratio', 'peak RSS', 'answers'];
  const rows = Object.entries(size.analyses).map(([name, a]) => [
    LABELS[name as AnalysisName],
    `${fmt(a.duckdb.medianMs)} ms`,
    `${fmt(a.duckdb.p90Ms)} ms`,
    a.postgres === null ? 'n/a' : `${fmt(a.postgres.medianMs)} ms`,
    a.ratio === null ? 'n/a' : `${fmt(a.ratio, 1)}×`,
    a.duckdb.peakRssMiB === null ? 'n/a' : `${fmt(a.duckdb.peakRssMiB)} MiB`,
    a.agreement === null ? 'n/a' : a.agreement.ok ? 'agree' : 'DIFFER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const target = size.events === TARGET_EVENTS ? '' : ` (the targets are for ${fmt(TARGET_EVENTS)} events)`;
  console.log(`every median <= 1 s: ${size.targets.medianAtMost1s ? 'yes' : 'NO'}; every ratio >= ${TARGET_RATIO}×: ${size.targets.ratioAtLeast15 === null ? 'n/a' : size.targets.ratioAtLeast15 ? 'yes' : 'NO'}${target}`);
}

await main();
