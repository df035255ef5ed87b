import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One workspace's demo data as first start planned it, and how far loading got. */
export interface DemoMarkerEntry {
  readonly template: string;
  readonly seed: number;
  readonly start: string;
  readonly days: number;
  readonly size: number;
  readonly status: 'loading' | 'loaded' | 'failed';
  readonly events?: number;
  readonly seconds?: number;
  readonly error?: string;
}

/** The marker file's content: workspace id → entry. */
export type DemoMarker = Record<string, DemoMarkerEntry>;

/** `<data dir>/demo-data.json`: beside the event store, which holds what it describes. */
export function demoMarkerPath(dataDir: string): string {
  return path.join(dataDir, 'demo-data.json');
}

/**
 * Reads the marker; a missing file is an empty marker. Why a file: a first start killed while
 * loading must resume with the same plan (same start date and seed, hence the same messageIds,
 * which the event store then recognises) instead of starting a second, different data set.
 */
export async function readDemoMarker(dataDir: string): Promise<DemoMarker> {
  try {
    return JSON.parse(await readFile(demoMarkerPath(dataDir), 'utf8')) as DemoMarker;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes the marker atomically (a temporary file renamed over it). */
export async function writeDemoMarker(dataDir: string, marker: DemoMarker): Promise<void> {
  const file = demoMarkerPath(dataDir);
  await writeFile(`${file}.tmp`, `${JSON.stringify(marker, null, 2)}\n`, 'utf8');
  await rename(`${file}.tmp`, file);
}
