import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CostRecord } from '@marketops/core';
import { openDuckDbEventStore } from '../../../packages/server/src/events/duckdb/duckdb-event-store';
import { ALIAS_LINKS_REBUILD } from '../../../packages/server/src/events/duckdb/alias-links-schema';
import { encodeEventRow } from '../../../packages/server/src/events/duckdb/encode-row';
import { CLEAR_STAGING, CREATE_STAGING_TABLE, INSERT_FROM_STAGING, STAGING_TABLE } from '../../../packages/server/src/events/duckdb/event-row-writer';
import { generateCosts } from './generate-costs';
import { generatePeople } from './generate-events';
import { DATA_START_MS, DAYS, MS_PER_DAY, WORKSPACE } from './world';

/** Bump when the generator's output changes, so old caches are not reused. */
export const GENERATOR_VERSION = 1;

export interface Dataset {
  /** The migrated DuckDB event store file holding the events. */
  readonly duckdbPath: string;
  readonly costs: readonly CostRecord[];
  readonly meta: DatasetMeta;
  /** True when the data came from the cache (no generation this run). */
  readonly cached: boolean;
}

export interface DatasetMeta {
  readonly generatorVersion: number;
  readonly seed: number;
  readonly events: number;
  readonly people: number;
  /** Mean length of an encoded row (the store's JSON line). */
  readonly bytesPerEvent: number;
  readonly generateSeconds: number;
  readonly loadSeconds: number;
  readonly duckdbFileMiB: number;
}

// Why these sizes: day files are buffered in memory before each write (181 days x 256 KiB at most),
// and one load transaction stages at most ~256 MB of lines, so 10M events stay bounded in memory.
const FLUSH_BYTES = 256 * 1024;
const STAGE_BYTES = 256 * 1024 * 1024;

/**
 * The benchmark's events for (seed, size): from the cache directory when a complete copy is there
 * (`meta.json` is written last), else generated and loaded, then cached.
 *
 * Generation streams: people are simulated one at a time and their events, encoded by the store's
 * own row encoding (`encodeEventRow`), are appended to one file per day. The files are then loaded
 * day after day, so the table is in time order as live ingestion leaves it, through the store's
 * bulk path: the file is created and migrated by `openDuckDbEventStore`, and the lines go through
 * the writer's staging table and its `INSERT INTO events SELECT ... json_transform_strict(...)`
 * (event-row-writer.ts), without the dedupe index and the per-commit fsync of live appends
 * (every messageId is unique by construction); the alias table the writer keeps is then derived
 * once from the loaded events.
 */
export async function prepareDataset(options: { seed: number; events: number; cacheRoot: string; log: (line: string) => void }): Promise<Dataset> {
  const dir = path.join(options.cacheRoot, `v${GENERATOR_VERSION}-seed${options.seed}-${options.events}`);
  const duckdbPath = path.join(dir, 'events.duckdb');
  const metaPath = path.join(dir, 'meta.json');
  const costsPath = path.join(dir, 'costs.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as DatasetMeta;
    const costs = JSON.parse(await readFile(costsPath, 'utf8')) as CostRecord[];
    options.log(`data: ${options.events.toLocaleString('en-US')} events from the cache (${path.relative(process.cwd(), dir)})`);
    return { duckdbPath, costs, meta, cached: true };
  }

  await rm(dir, { recursive: true, force: true });
  const daysDir = path.join(dir, 'days');
  await mkdir(daysDir, { recursive: true });
  options.log(`data: generating ${options.events.toLocaleString('en-US')} events (seed ${options.seed}) ...`);
  let started = performance.now();
  const { people, bytes } = writeDayFiles(options.seed, options.events, daysDir, options.log);
  const generateSeconds = (performance.now() - started) / 1000;
  options.log(`  ${people.toLocaleString('en-US')} people, ${Math.round(bytes / options.events)} B per row, ${generateSeconds.toFixed(1)} s`);

  started = performance.now();
  await loadDayFiles(duckdbPath, daysDir, options.events);
  const loadSeconds = (performance.now() - started) / 1000;
  await rm(daysDir, { recursive: true, force: true });
  const costs = generateCosts(options.seed, options.events / 1_000_000);
  const meta: DatasetMeta = {
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    events: options.events,
    people,
    bytesPerEvent: Math.round(bytes / options.events),
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    duckdbFileMiB: Math.round((await stat(duckdbPath)).size / 1024 / 1024),
  };
  options.log(`  loaded into DuckDB in ${loadSeconds.toFixed(1)} s (${meta.duckdbFileMiB} MiB)`);
  await writeFile(costsPath, JSON.stringify(costs));
  await writeFile(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { duckdbPath, costs, meta, cached: false };
}

/** Simulates the people and appends each event's encoded line to its day's file. */
function writeDayFiles(seed: number, total: number, daysDir: string, log: (line: string) => void): { people: number; bytes: number } {
  const files = Array.from({ length: DAYS }, (_, day) => ({ path: dayFile(daysDir, day), fd: -1, buffer: [] as string[], size: 0, lines: 0 }));
  const flush = (file: (typeof files)[number]): void => {
    if (file.buffer.length === 0) return;
    if (file.fd < 0) file.fd = openSync(file.path, 'w');
    writeSync(file.fd, file.buffer.join(''));
    file.buffer = [];
    file.size = 0;
  };
  let people = 0;
  let bytes = 0;
  let written = 0;
  let nextReport = 1_000_000;
  try {
    for (const events of generatePeople(seed, total)) {
      people += 1;
      for (const event of events) {
        const day = Math.floor((event.timestamp.getTime() - DATA_START_MS) / MS_PER_DAY);
        const file = files[day];
        if (file === undefined) throw new RangeError(`event outside the span: ${event.timestamp.toISOString()}`);
        const { line } = encodeEventRow(event);
        // Why no trailing newline: the writer splits the staged text on newlines, so an empty last line would be an empty row.
        const text = file.lines === 0 ? line : `\n${line}`;
        file.lines += 1;
        file.buffer.push(text);
        file.size += text.length;
        bytes += line.length;
        if (file.size >= FLUSH_BYTES) flush(file);
      }
      written += events.length;
      if (written >= nextReport) {
        log(`  ${written.toLocaleString('en-US')} events ...`);
        nextReport += 1_000_000;
      }
    }
    for (const file of files) flush(file);
  } finally {
    for (const file of files) if (file.fd >= 0) closeSync(file.fd);
  }
  return { people, bytes };
}

async function loadDayFiles(duckdbPath: string, daysDir: string, expected: number): Promise<void> {
  // The store creates the file and runs its migrations: the schema is the product's.
  await (await openDuckDbEventStore({ path: duckdbPath })).close();
  const instance = await DuckDBInstance.create(duckdbPath);
  const connection = await instance.connect();
  try {
    await connection.run(CREATE_STAGING_TABLE);
    let group: string[] = [];
    let groupBytes = 0;
    const stageGroup = async (): Promise<void> => {
      if (group.length === 0) return;
      await connection.run('BEGIN TRANSACTION');
      for (const file of group) await connection.run(`INSERT INTO ${STAGING_TABLE} SELECT $workspace, content FROM read_text($file)`, { workspace: WORKSPACE, file });
      await connection.run(INSERT_FROM_STAGING);
      await connection.run(CLEAR_STAGING);
      await connection.run('COMMIT');
      group = [];
      groupBytes = 0;
    };
    for (let day = 0; day < DAYS; day++) {
      const file = dayFile(daysDir, day);
      if (!existsSync(file)) continue;
      const size = (await stat(file)).size;
      if (groupBytes + size > STAGE_BYTES) await stageGroup();
      group.push(file);
      groupBytes += size;
    }
    await stageGroup();
    // The lines went around the writer, which keeps the alias table: derive it once, as the writer would have.
    for (const statement of ALIAS_LINKS_REBUILD) await connection.run(statement);
    await connection.run('CHECKPOINT');
    const reader = await connection.runAndReadAll('SELECT count(*) FROM events WHERE workspace_id = $workspace', { workspace: WORKSPACE });
    const stored = Number(reader.getRows()[0]?.[0] ?? 0);
    if (stored !== expected) throw new Error(`the event store holds ${stored} events, ${expected} were generated`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const dayFile = (daysDir: string, day: number): string => path.join(daysDir, `${String(day).padStart(3, '0')}.jsonl`);
