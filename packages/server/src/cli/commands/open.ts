import { loadConfig } from '../../config/load';
import { createApp, type App } from '../../composition-root';
import { createLogger } from '../../logging/logger';
import type { GlobalOptions } from '../global-options';

/** Opens storage for one command and closes it afterwards, whatever happens. */
export async function withApp<T>(globals: GlobalOptions, run: (app: App) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, {
    ...(globals.dataDir !== undefined ? { dataDir: globals.dataDir } : {}),
    ...(globals.databaseUrl !== undefined ? { databaseUrl: globals.databaseUrl } : {}),
  });
  // Why: CLI output goes to stdout; only warnings and errors of the app belong on the terminal.
  const app = await createApp(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}
