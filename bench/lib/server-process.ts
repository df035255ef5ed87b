import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  readonly pid: number;
  readonly url: string;
  /** The last lines the server wrote to stderr (warnings and errors; LOG_LEVEL=warn). */
  stderrTail(): string;
  /** SIGTERM, then waits for a clean exit (SIGKILL after 30 s). */
  stop(): Promise<number | null>;
}

/**
 * Starts `node packages/server/bin/marketops.mjs serve` as a separate process on embedded storage
 * in `dataDir`, and waits until `/api/health` answers.
 */
export async function startServerProcess(options: { dataDir: string; env?: Record<string, string>; nodeArgs?: readonly string[] }): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL; // embedded PGlite, as a default install runs, unless options.env says otherwise
  Object.assign(env, { HOST: '127.0.0.1', PORT: String(port), MARKETOPS_DATA_DIR: options.dataDir, LOG_LEVEL: 'warn', ...options.env });
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(REPO_ROOT, 'packages/server/bin/marketops.mjs'), 'serve'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let alive = true;
  void exited.then(() => {
    alive = false;
  });
  for (;;) {
    if (!alive) throw new Error(`the server exited before it was ready:\n${tail}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become healthy within 60 s:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    pid: child.pid as number,
    url,
    stderrTail: () => tail,
    stop: async () => {
      if (!alive) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
