import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load';
import { createApp, createHttp, type App } from '../src/composition-root';
import { createLogger } from '../src/logging/logger';
import type { HttpServer } from '../src/http/build-server';

/**
 * A real app on real storage for integration tests: PGlite in a fresh temporary directory, or
 * the PostgreSQL server named by MARKETOPS_TEST_DATABASE_URL (CI runs both).
 */
export async function openTestApp(): Promise<{ app: App; http: HttpServer; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'marketops-test-'));
  const config = loadConfig({}, { dataDir, logLevel: 'silent', databaseUrl: null });
  const app = await createApp(config, createLogger('silent'));
  const http = await createHttp(app);
  await http.ready();
  return {
    app,
    http,
    dataDir,
    cleanup: async () => {
      await http.close();
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
