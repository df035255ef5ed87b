import cliProgress from 'cli-progress';
import type { ImportProgress } from '../app/feed-service';

/** Files smaller than this import too fast for a bar to help. */
const BAR_MIN_BYTES = 1024 * 1024;

/** Callbacks for an import's progress, and a stop that clears the bar. */
export interface ImportProgressBar {
  readonly onProgress?: (progress: ImportProgress) => void;
  stop(): void;
}

/**
 * A progress bar on stderr for long imports: bytes while the file is read and checked, then rows
 * while they are written. Only when stderr is a terminal (never in pipes, logs or tests) and the
 * file is at least 1 MiB; otherwise it does nothing.
 *
 * @example
 * const bar = importProgressBar(size);
 * try { await feeds.importCostsCsv(ws, stream, { onProgress: bar.onProgress }); } finally { bar.stop(); }
 */
export function importProgressBar(fileBytes: number, stream: NodeJS.WriteStream = process.stderr): ImportProgressBar {
  if (stream.isTTY !== true || fileBytes < BAR_MIN_BYTES) return { stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, clearOnComplete: true, hideCursor: true, format: '{phase} [{bar}] {percentage}% | {value}/{total} {unit}' },
    cliProgress.Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | undefined;
  return {
    onProgress(progress) {
      if (progress.phase !== phase) {
        if (phase !== undefined) bar.stop();
        phase = progress.phase;
        const total = progress.phase === 'reading' ? fileBytes : progress.totalRows;
        bar.start(total, 0, { phase: progress.phase === 'reading' ? 'checking' : 'writing ', unit: progress.phase === 'reading' ? 'bytes' : 'rows' });
      }
      bar.update(progress.phase === 'reading' ? progress.bytes : progress.rows);
    },
    stop: () => {
      if (phase !== undefined) bar.stop();
    },
  };
}
