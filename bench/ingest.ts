/**
 * MarketOps ingestion benchmark: `npm run bench:ingest` (flags: `npm run bench:ingest -- --help`).
 *
 * 1. HTTP: starts the real server as its own process on a fresh data directory, creates a
 *    workspace and a write key, and posts realistic Segment batches (bench/generate.ts, 100
 *    events each) to `POST /v1/batch` from N concurrent keep-alive clients. A 200 means the
 *    events are durable (DuckDB WAL fsynced) and deduplicated on messageId. Reports sustained
 *    events/s, latency percentiles, 503s and the server's peak RSS, then checks the store holds
 *    exactly the distinct events sent and that a resent batch is recognised as duplicates.
 * 2. Store bulk path alone: the same events, enriched once, appended in-process to a fresh
 *    DuckDB event store by 8 concurrent appenders (group commit), then one batch at a time; and
 *    encoded beforehand too (as the decoding workers hand them to the writer), so that only the
 *    writer's own work is timed.
 * 3. PostgreSQL per-event path: a sample of the same events inserted one by one (autocommit) into
 *    the machine's PostgreSQL, as Postgres-backed analytics tools store events. Two ratios: (1)
 *    to this, and the writer's bulk path (2, pre-encoded) to this: storage path against storage
 *    path. Skipped, and said so, when PostgreSQL is unreachable.
 *
 * Prints a table and writes bench/results/ingest-<date>.json.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateBatches } from './generate';
import { api, latencySummary, openPool, sendBatches, type SendStats, type TrackingAnswer } from './lib/http-phase';
import { machineInfo } from './lib/machine';
import { runPostgresPerEvent, type PostgresResult } from './lib/postgres-phase';
import { REPO_ROOT, startServerProcess } from './lib/server-process';
import { fmt, procStatusMiB, round } from './lib/stats';
import { duckDbVersion, enrichBatches, runPreparedAppends, runStoreAppends, type StoreRunResult } from './lib/store-phase';

const TARGET_HTTP_EVENTS_PER_SECOND = 25_000;
const TARGET_RATIO = 10;
const WORKSPACE = 'company-a';

const { values: flags } = parseArgs({
  options: {
    batches: { type: 'string' },
    warmup: { type: 'string' },
    concurrency: { type: 'string' },
    appenders: { type: 'string' },
    'pg-events': { type: 'string' },
    'pg-connections': { type: 'string' },
    seed: { type: 'string' },
    'max-in-flight': { type: 'string' },
    out: { type: 'string' },
    'skip-store': { type: 'boolean' },
    'skip-postgres': { type: 'boolean' },
    'cpu-prof': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});

if (flags.help) {
  console.log(`npm run bench:ingest -- [options]   (each also as an environment variable)
  --batches N         measured batches of 100 events       MARKETOPS_BENCH_BATCHES   (2000)
  --warmup N          warm-up batches, not measured         MARKETOPS_BENCH_WARMUP    (200)
  --concurrency N     concurrent HTTP clients               MARKETOPS_BENCH_CONCURRENCY (16)
  --appenders N       concurrent in-process appenders       MARKETOPS_BENCH_APPENDERS (8)
  --pg-events N       events inserted one by one into PG    MARKETOPS_BENCH_PG_EVENTS (20000)
  --pg-connections N  PostgreSQL connections                MARKETOPS_BENCH_PG_CONNECTIONS (4)
  --seed N            generator seed                        MARKETOPS_BENCH_SEED      (42)
  --max-in-flight N   server's MARKETOPS_INGEST_MAX_IN_FLIGHT (server default)
  --out FILE          results file (bench/results/ingest-<date>.json)
  --skip-store, --skip-postgres, --cpu-prof (the server writes a CPU profile into the temp dir)
PostgreSQL: MARKETOPS_BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test)`);
  process.exit(0);
}

const num = (flag: string | undefined, env: string, fallback: number): number => {
  const raw = flag ?? process.env[env];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${env}: expected a non-negative integer, got ${raw}`);
  return value;
};

const opts = {
  batches: num(flags.batches, 'MARKETOPS_BENCH_BATCHES', 2_000),
  warmup: num(flags.warmup, 'MARKETOPS_BENCH_WARMUP', 200),
  concurrency: Math.max(1, num(flags.concurrency, 'MARKETOPS_BENCH_CONCURRENCY', 16)),
  appenders: Math.max(1, num(flags.appenders, 'MARKETOPS_BENCH_APPENDERS', 8)),
  pgEvents: num(flags['pg-events'], 'MARKETOPS_BENCH_PG_EVENTS', 20_000),
  pgConnections: Math.max(1, num(flags['pg-connections'], 'MARKETOPS_BENCH_PG_CONNECTIONS', 4)),
  seed: num(flags.seed, 'MARKETOPS_BENCH_SEED', 42),
  maxInFlight: flags['max-in-flight'] ?? process.env.MARKETOPS_INGEST_MAX_IN_FLIGHT,
  databaseUrl: process.env.MARKETOPS_BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
};
const BATCH_SIZE = 100;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const machine = machineInfo();
  const duckdb = await duckDbVersion();
  const resultsDir = path.join(REPO_ROOT, 'bench/results');
  const out = flags.out ? path.resolve(flags.out) : path.join(resultsDir, `ingest-${startedAt.toISOString().slice(0, 10)}.json`);
  log(`MarketOps ingestion benchmark: ${machine.cores} cores (${machine.cpuModel}), ${machine.ramGiB} GiB, Node ${machine.node}, DuckDB ${duckdb}, load ${machine.loadAvgAtStart}`);

  // Generation and serialisation happen before any timing.
  let t = performance.now();
  const all = generateBatches({ seed: opts.seed, batches: opts.warmup + opts.batches, batchSize: BATCH_SIZE });
  const warmupBatches = all.slice(0, opts.warmup);
  const measuredBatches = all.slice(opts.warmup);
  const warmupBodies = warmupBatches.map((b) => Buffer.from(JSON.stringify(b)));
  const bodies = measuredBatches.map((b) => Buffer.from(JSON.stringify(b)));
  const bodyBytes = bodies.reduce((sum, b) => sum + b.length, 0);
  const messageBytes = measuredBatches.flatMap((b) => b.batch).map((m) => Buffer.byteLength(JSON.stringify(m)));
  log(`generated ${fmt(all.length * BATCH_SIZE)} events in ${fmt(performance.now() - t)} ms; mean message ${fmt(mean(messageBytes))} B, mean body ${fmt(bodyBytes / Math.max(1, bodies.length) / 1024, 1)} KiB`);

  const work = await mkdtemp(path.join(tmpdir(), 'marketops-bench-'));
  try {
    const http = await httpPhase(warmupBodies, bodies, path.join(work, 'server'));
    let store: StorePhase | null = null;
    let postgres: PostgresResult | { skipped: true; reason: string } = { skipped: true, reason: 'skipped by --skip-postgres' };
    if (!flags['skip-store'] || !flags['skip-postgres']) {
      t = performance.now();
      const enriched = enrichBatches(measuredBatches, WORKSPACE);
      log(`enriched ${fmt(enriched.length * BATCH_SIZE)} events for the store and PostgreSQL phases in ${fmt(performance.now() - t)} ms (not timed)`);
      if (!flags['skip-store']) {
        await mkdir(path.join(work, 'store'), { recursive: true });
        log(`store bulk path: ${opts.appenders} concurrent appenders ...`);
        const concurrent = await runStoreAppends(enriched, path.join(work, 'store'), opts.appenders, WORKSPACE);
        log(`  ${fmt(concurrent.eventsPerSecond)} events/s; one batch at a time ...`);
        const sequential = await runStoreAppends(enriched, path.join(work, 'store'), 1, WORKSPACE);
        log(`  ${fmt(sequential.eventsPerSecond)} events/s; pre-encoded, ${opts.appenders} concurrent appenders ...`);
        const prepared = await runPreparedAppends(enriched, path.join(work, 'store'), opts.appenders, WORKSPACE);
        log(`  ${fmt(prepared.eventsPerSecond)} events/s`);
        store = { concurrent, sequential, prepared };
      }
      if (!flags['skip-postgres']) {
        const sample = enriched.flat().slice(0, opts.pgEvents);
        log(`PostgreSQL per-event path: ${fmt(sample.length)} single-row INSERTs over ${opts.pgConnections} connections ...`);
        postgres = await runPostgresPerEvent(opts.databaseUrl, sample, opts.pgConnections);
        log(postgres.skipped ? `  skipped: ${postgres.reason}` : `  ${fmt(postgres.eventsPerSecond)} events/s`);
      }
    }

    const results = buildResults({ startedAt, machine, duckdb, http, store, postgres, messageBytes, bodyBytes });
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    console.log(`\nResults written to ${path.relative(process.cwd(), out)}`);
    if (!http.verification.ok) {
      process.exitCode = 1;
      console.error(`VERIFICATION FAILED: ${http.verification.problems.join('; ')}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface HttpPhaseResult {
  readonly run: SendStats;
  readonly warmup: SendStats | null;
  readonly serverPeakRssMiB: number | null;
  readonly serverRssBeforeMiB: number | null;
  readonly serverRssAfterMiB: number | null;
  /** CPU the load generator (this process) used during the measured phase: it shares the machine. */
  readonly clientCpuSeconds: number;
  readonly verification: { ok: boolean; problems: string[]; storedEvents: number; expectedEvents: number; resend: TrackingAnswer | null };
}

async function httpPhase(warmupBodies: readonly Buffer[], bodies: readonly Buffer[], dataDir: string): Promise<HttpPhaseResult> {
  await mkdir(dataDir, { recursive: true });
  const env: Record<string, string> = {};
  if (opts.maxInFlight) env.MARKETOPS_INGEST_MAX_IN_FLIGHT = opts.maxInFlight;
  const profileDir = path.join(tmpdir(), 'marketops-bench-profiles');
  const nodeArgs = flags['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  log('starting the server ...');
  const server = await startServerProcess({ dataDir, env, nodeArgs });
  const pool = openPool(server.url, opts.concurrency);
  try {
    await api(server.url, 'POST', '/api/workspaces', { template: WORKSPACE });
    const { key } = await api<{ key: string }>(server.url, 'POST', `/api/workspaces/${WORKSPACE}/write-keys`, { label: 'benchmark' });
    log(`server pid ${server.pid} at ${server.url}; workspace ${WORKSPACE} and a write key created`);

    let warmup: SendStats | null = null;
    if (warmupBodies.length > 0) {
      warmup = await sendBatches(pool, warmupBodies, { writeKey: key, concurrency: opts.concurrency, serverPid: server.pid });
      log(`warm-up: ${fmt(warmup.accepted)} events in ${fmt(warmup.wallSeconds, 1)} s`);
    }
    const serverRssBeforeMiB = procStatusMiB(server.pid, 'VmRSS');
    log(`measuring: ${fmt(bodies.length)} batches × ${BATCH_SIZE} events, ${opts.concurrency} concurrent clients ...`);
    const clientCpuBefore = process.cpuUsage();
    const run = await sendBatches(pool, bodies, { writeKey: key, concurrency: opts.concurrency, serverPid: server.pid });
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const clientCpuSeconds = (clientCpu.user + clientCpu.system) / 1e6;
    const serverPeakRssMiB = procStatusMiB(server.pid, 'VmHWM');
    const serverRssAfterMiB = procStatusMiB(server.pid, 'VmRSS');
    log(`  ${fmt(run.accepted / run.wallSeconds)} events/s, p50 ${fmt(latencySummary(run.latenciesMs).p50, 1)} ms, p99 ${fmt(latencySummary(run.latenciesMs).p99, 1)} ms, 503s ${run.saturated503}, errors ${run.errors}`);

    // Verification: exactly the distinct events sent are stored; a resent batch is all duplicates.
    const problems: string[] = [];
    const expectedEvents = (warmupBodies.length + bodies.length) * BATCH_SIZE;
    const health = () => api<{ storedEvents: number }>(server.url, 'GET', `/api/workspaces/${WORKSPACE}/ingestion/health`);
    const stored = (await health()).storedEvents;
    if (stored !== expectedEvents) problems.push(`store holds ${stored} events, ${expectedEvents} distinct were sent`);
    if (run.errors > 0) problems.push(`${run.errors} failed requests (first: ${run.firstError})`);
    if (run.rejected > 0) problems.push(`${run.rejected} generated events were rejected`);
    let resend: TrackingAnswer | null = null;
    const again = await sendBatches(pool, [bodies[0] ?? warmupBodies[0]!], { writeKey: key, concurrency: 1 });
    if (again.requests > 0) {
      resend = { accepted: again.accepted, duplicates: again.duplicates, rejected: [] };
      if (again.accepted !== 0 || again.duplicates !== BATCH_SIZE) problems.push(`a resent batch gave accepted ${again.accepted}, duplicates ${again.duplicates}`);
      const after = (await health()).storedEvents;
      if (after !== stored) problems.push(`the resent batch changed the stored count from ${stored} to ${after}`);
    }
    log(`verification: stored ${fmt(stored)} of ${fmt(expectedEvents)} distinct; resent batch -> accepted ${resend?.accepted}, duplicates ${resend?.duplicates}${problems.length ? `; PROBLEMS: ${problems.join('; ')}` : ''}`);
    return { run, warmup, serverPeakRssMiB, serverRssBeforeMiB, serverRssAfterMiB, clientCpuSeconds, verification: { ok: problems.length === 0, problems, storedEvents: stored, expectedEvents, resend } };
  } catch (error) {
    log(`server stderr (tail):\n${server.stderrTail()}`);
    throw error;
  } finally {
    await pool.close();
    const code = await server.stop();
    if (code !== 0 && code !== null) log(`the server exited with code ${code}:\n${server.stderrTail()}`);
    if (flags['cpu-prof']) log(`server CPU profile written to ${profileDir}`);
  }
}

function buildResults(input: {
  startedAt: Date;
  machine: ReturnType<typeof machineInfo>;
  duckdb: string;
  http: HttpPhaseResult;
  store: StorePhase | null;
  postgres: PostgresResult | { skipped: true; reason: string };
  messageBytes: readonly number[];
  bodyBytes: number;
}) {
  const { http, store, postgres } = input;
  const lat = latencySummary(http.run.latenciesMs);
  const httpRate = http.run.accepted / http.run.wallSeconds;
  const pgRate = postgres.skipped ? null : postgres.eventsPerSecond;
  const sortedBytes = [...input.messageBytes].sort((a, b) => a - b);
  return {
    benchmark: 'marketops-ingest',
    date: input.startedAt.toISOString(),
    machine: { ...input.machine, duckdb: input.duckdb, postgres: postgres.skipped ? null : postgres.serverVersion },
    workload: {
      seed: opts.seed,
      batchSize: BATCH_SIZE,
      warmupBatches: opts.warmup,
      measuredBatches: opts.batches,
      measuredEvents: opts.batches * BATCH_SIZE,
      concurrentClients: opts.concurrency,
      serverMaxInFlight: opts.maxInFlight ? Number(opts.maxInFlight) : 'default',
      meanMessageBytes: round(mean(input.messageBytes)),
      p50MessageBytes: sortedBytes[Math.floor(sortedBytes.length / 2)] ?? 0,
      meanBodyKiB: round(input.bodyBytes / Math.max(1, opts.batches) / 1024, 1),
    },
    http: {
      eventsPerSecond: round(httpRate),
      batchesPerSecond: round(http.run.requests / http.run.wallSeconds, 1),
      acknowledgedEvents: http.run.accepted,
      wallSeconds: round(http.run.wallSeconds, 2),
      latencyMs: { p50: round(lat.p50, 1), p90: round(lat.p90, 1), p99: round(lat.p99, 1), max: round(lat.max, 1) },
      responses503: http.run.saturated503,
      errors: http.run.errors,
      serverCpuSeconds: http.run.serverCpuSeconds === null ? null : round(http.run.serverCpuSeconds, 1),
      serverCpuCoresBusy: http.run.serverCpuSeconds === null ? null : round(http.run.serverCpuSeconds / http.run.wallSeconds, 2),
      serverPeakRssMiB: http.serverPeakRssMiB === null ? null : round(http.serverPeakRssMiB),
      serverRssBeforeMiB: http.serverRssBeforeMiB === null ? null : round(http.serverRssBeforeMiB),
      serverRssAfterMiB: http.serverRssAfterMiB === null ? null : round(http.serverRssAfterMiB),
      clientCpuCoresBusy: round(http.clientCpuSeconds / http.run.wallSeconds, 2),
      durableAck: true,
      dedupe: true,
      verification: http.verification,
    },
    store: store && {
      concurrentAppenders: opts.appenders,
      groupCommitEventsPerSecond: round(store.concurrent.eventsPerSecond),
      groupCommitSeconds: round(store.concurrent.seconds, 2),
      sequentialEventsPerSecond: round(store.sequential.eventsPerSecond),
      sequentialSeconds: round(store.sequential.seconds, 2),
      preEncodedEventsPerSecond: round(store.prepared.eventsPerSecond),
      preEncodedSeconds: round(store.prepared.seconds, 2),
      storedEvents: store.concurrent.stored,
    },
    postgresPerEvent: postgres.skipped
      ? { skipped: true, reason: postgres.reason }
      : {
          skipped: false,
          events: postgres.events,
          connections: postgres.connections,
          eventsPerSecond: round(postgres.eventsPerSecond),
          seconds: round(postgres.seconds, 2),
          settings: postgres.settings,
        },
    ratioHttpToPostgresPerEvent: pgRate === null ? null : round(httpRate / pgRate, 1),
    ratioStoreBulkToPostgresPerEvent: pgRate === null || store === null ? null : round(store.prepared.eventsPerSecond / pgRate, 1),
    targets: {
      httpEventsPerSecond: { target: TARGET_HTTP_EVENTS_PER_SECOND, met: httpRate >= TARGET_HTTP_EVENTS_PER_SECOND },
      ratio: { target: TARGET_RATIO, met: pgRate === null ? null : httpRate / pgRate >= TARGET_RATIO },
    },
    benchProcessPeakRssMiB: round(process.resourceUsage().maxRSS / 1024),
    /** 1-minute load average when the run ended: above the core count, other processes competed for the CPU. */
    loadAvgAtEnd: round(loadavg()[0] ?? 0, 2),
  };
}

function printTable(r: ReturnType<typeof buildResults>): void {
  const rows: [string, string][] = [
    ['HTTP /v1/batch, durable ack + dedupe', `${fmt(r.http.eventsPerSecond)} events/s (${r.workload.concurrentClients} clients, ${fmt(r.http.acknowledgedEvents)} events, ${fmt(r.http.wallSeconds, 1)} s)`],
    ['  latency p50 / p90 / p99 / max', `${fmt(r.http.latencyMs.p50, 1)} / ${fmt(r.http.latencyMs.p90, 1)} / ${fmt(r.http.latencyMs.p99, 1)} / ${fmt(r.http.latencyMs.max, 1)} ms per 100-event batch`],
    ['  503 retried / errors', `${r.http.responses503} / ${r.http.errors}`],
    ['  server peak RSS (VmHWM)', `${fmt(r.http.serverPeakRssMiB)} MiB (RSS before the measured run ${fmt(r.http.serverRssBeforeMiB)} MiB, after ${fmt(r.http.serverRssAfterMiB)} MiB)`],
    ['  CPU: server / load generator', `${fmt(r.http.serverCpuCoresBusy, 2)} / ${fmt(r.http.clientCpuCoresBusy, 2)} cores busy`],
    ['  verification', r.http.verification.ok ? `ok: ${fmt(r.http.verification.storedEvents)} stored = distinct sent; resent batch all duplicates` : `FAILED: ${r.http.verification.problems.join('; ')}`],
    ['Store bulk path, group commit', r.store ? `${fmt(r.store.groupCommitEventsPerSecond)} events/s (${r.store.concurrentAppenders} appenders × 100-event batches)` : 'skipped'],
    ['Store bulk path, one batch at a time', r.store ? `${fmt(r.store.sequentialEventsPerSecond)} events/s` : 'skipped'],
    ['Store bulk path, pre-encoded, group commit', r.store ? `${fmt(r.store.preEncodedEventsPerSecond)} events/s (the writer alone, as HTTP requests reach it)` : 'skipped'],
    [
      'PostgreSQL, one INSERT per event',
      r.postgresPerEvent.skipped ? `skipped: ${r.postgresPerEvent.reason}` : `${fmt(r.postgresPerEvent.eventsPerSecond)} events/s (${r.postgresPerEvent.connections} connections, ${fmt(r.postgresPerEvent.events)} events)`,
    ],
    ['Ratio HTTP ÷ PostgreSQL per-event', r.ratioHttpToPostgresPerEvent === null ? 'n/a (PostgreSQL skipped)' : `${fmt(r.ratioHttpToPostgresPerEvent, 1)}×`],
    ['Ratio store bulk path ÷ PostgreSQL per-event', r.ratioStoreBulkToPostgresPerEvent === null ? 'n/a' : `${fmt(r.ratioStoreBulkToPostgresPerEvent, 1)}×`],
    ['Target ≥ 25,000 events/s over HTTP', r.targets.httpEventsPerSecond.met ? 'met' : 'MISSED'],
    ['Target ≥ 10× PostgreSQL per-event', r.targets.ratio.met === null ? 'n/a' : r.targets.ratio.met ? 'met' : 'MISSED'],
    ['Machine', `${r.machine.cpuModel}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB, Node ${r.machine.node}, DuckDB ${r.machine.duckdb}${r.machine.postgres ? `, PostgreSQL ${r.machine.postgres}` : ''}, load ${r.machine.loadAvgAtStart}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

interface StorePhase {
  readonly concurrent: StoreRunResult;
  readonly sequential: StoreRunResult;
  readonly prepared: StoreRunResult;
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

await main();
