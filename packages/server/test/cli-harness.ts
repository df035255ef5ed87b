import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main } from '../src/cli/main';
import { startServer, type RunningServer } from '../src/start';

/**
 * A real server (demo workspaces, its own data directory) for the file's tests, and `run`, which
 * runs `marketops <args> --url <server>` in-process and captures its output and exit code.
 */
export function cliAgainstRunningServer(prefix: string) {
  let dir = '';
  let server: RunningServer | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
    server = await startServer({ port: 0, dataDir: dir, demo: true, logLevel: 'silent' });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = () => {
    if (server === undefined) throw new Error('the server starts in beforeAll');
    return server.url;
  };
  async function run(...args: string[]) {
    let out = '';
    let err = '';
    const code = await main(['node', 'marketops', ...args, '--url', url()], { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
    return { code, out, err };
  }
  return { run, url };
}

/** Runs `marketops <args>` in-process against the data directory `dataDir`, capturing its output and exit code. */
export async function runCliOnDataDir(dataDir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'marketops', '--data-dir', dataDir, ...args], {
    out: (s) => (out += s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => (err += s.endsWith('\n') ? s : `${s}\n`),
  });
  return { code, out, err };
}
