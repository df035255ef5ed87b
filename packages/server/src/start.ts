import { loadConfig } from './config/load';
import type { Config } from './config/schema';
import { createApp, createHttp } from './composition-root';
import { createLogger } from './logging/logger';

export interface StartOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string | null;
  /** Load the built-in templates as workspaces when they do not exist yet. */
  readonly demo?: boolean;
  readonly webDir?: string;
  readonly logLevel?: Config['logLevel'];
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:4680`. */
  readonly url: string;
  readonly config: Config;
  close(): Promise<void>;
}

/**
 * Starts MarketOps: configuration (options over environment over defaults), storage with
 * migrations, the optional demo workspaces, then the HTTP server. Used by `marketops serve` and
 * by the end-to-end tests, so both start the product the same way.
 *
 * @example const server = await startServer({ port: 0, dataDir: tmp, demo: true }); await server.close();
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const str = (v: string | number | boolean | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));
  const overrides = Object.fromEntries(
    Object.entries({
      port: str(options.port),
      host: str(options.host),
      dataDir: str(options.dataDir),
      databaseUrl: str(options.databaseUrl),
      demo: str(options.demo),
      webDir: str(options.webDir),
      logLevel: str(options.logLevel),
    }).filter(([, v]) => v !== undefined),
  );
  const config = loadConfig(options.env ?? process.env, overrides);
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  try {
    if (config.demo) {
      const created = await app.orgService.seedDemo();
      if (created.length > 0) logger.info({ workspaces: created }, 'demo workspaces loaded');
    }
    const http = await createHttp(app);
    await http.listen({ port: config.port, host: config.host });
    const address = http.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      config,
      close: async () => {
        await http.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
