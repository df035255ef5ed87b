import { loadConfig } from './config/load';
import type { Config } from './config/schema';
import { createApp, createHttp } from './composition-root';
import { createLogger } from './logging/logger';
import { loadDemoOnFirstStart, type FirstStartDemoResult } from './demo/first-start';
import { warmUpDashboards, type WarmedWorkspace } from './app/warm-up';

export interface StartOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string | null;
  /** Load the built-in templates as workspaces when they do not exist yet. */
  readonly demo?: boolean;
  /**
   * With `demo`: fill the demo workspaces this start creates (a fresh data directory) with
   * simulated activity (docs/demo-data.md), in the background once the server listens; a start
   * stopped midway resumes it. A number is the events per company (default 60,000).
   * `marketops serve` turns it on; tests that only need the workspaces leave it off.
   */
  readonly demoData?: boolean | number;
  readonly webDir?: string;
  readonly logLevel?: Config['logLevel'];
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:4680`. */
  readonly url: string;
  readonly config: Config;
  /** Settles when the first start's demo data is loaded (at once when there is none to load). */
  readonly demoData: Promise<FirstStartDemoResult[]>;
  /**
   * Settles when the dashboards' default view has been computed into the query-result cache
   * (`app/warm-up.ts`), after the demo data; at once with nothing when the cache is off. Never rejects.
   */
  readonly warmUp: Promise<WarmedWorkspace[]>;
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
    let created: string[] = [];
    if (config.demo) {
      created = await app.orgService.seedDemo();
      if (created.length > 0) logger.info({ workspaces: created }, 'demo workspaces loaded');
    }
    const http = await createHttp(app);
    await http.listen({ port: config.port, host: config.host });
    const address = http.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    // Why in the background: the UI is usable at once and fills in as the data lands (log lines
    // say when); close() stops the load between batches, and the next start resumes it.
    const stopDemo = new AbortController();
    const demoData =
      config.demo && options.demoData
        ? loadDemoOnFirstStart(
            { ingest: app.ingest, feeds: app.feedService, settings: app.settings, events: app.events, logger, dataDir: config.dataDir },
            { created, now: new Date(), signal: stopDemo.signal, ...(typeof options.demoData === 'number' ? { size: options.demoData } : {}) },
          )
        : Promise.resolve([]);
    // Why after the demo data: computed earlier, the answers would be dropped by the next commit.
    const stopWarmUp = new AbortController();
    const warmUp =
      config.queryCacheMb > 0
        ? demoData
            .then(
              () => undefined,
              () => undefined, // the demo loader has said why; the data that did land is worth warming
            )
            .then(async () => {
              const warmed = await warmUpDashboards({ orgService: app.orgService, settings: app.settings, metrics: app.metrics, logger }, stopWarmUp.signal);
              if (warmed.length > 0) logger.info({ workspaces: warmed.map((w) => w.workspaceId), ms: warmed.reduce((sum, w) => sum + w.ms, 0) }, 'dashboards warmed');
              return warmed;
            })
            .catch((error: unknown) => {
              // Why only a warning: a reader still gets every number, computed when asked.
              if (!stopWarmUp.signal.aborted) logger.warn({ err: error }, 'warming the dashboards failed');
              return [];
            })
        : Promise.resolve([]);
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      config,
      demoData,
      warmUp,
      close: async () => {
        stopDemo.abort();
        stopWarmUp.abort();
        await demoData;
        await warmUp;
        await http.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
