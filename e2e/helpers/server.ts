import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '@marketops/server';

export interface DemoServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the real server with the demo workspaces on embedded storage in a fresh temp dir, serving
 * the built UI (the root `pretest` script runs `npm run build:web`). With `demoEvents`, each demo
 * company is also filled with that many simulated events (through the real ingestion path), and
 * the promise settles once they are stored.
 */
export async function startDemoServer(port = 0, options: { demoEvents?: number } = {}): Promise<DemoServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'marketops-e2e-'));
  const server = await startServer({ port, host: '127.0.0.1', dataDir, demo: true, logLevel: 'warn', ...(options.demoEvents ? { demoData: options.demoEvents } : {}) });
  await server.demoData;
  // Why: the tests then start with the server idle, not sharing the CPU with its warm-up.
  await server.warmUp;
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
