import type { Command } from 'commander';
import { startServer } from '../../start';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';

export function registerServe(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  program
    .command('serve')
    .description('start the HTTP server (web UI, API, API reference at /docs)')
    .option('--port <port>', 'TCP port (overrides PORT)')
    .option('--host <host>', 'interface to listen on (overrides HOST)')
    .option('--demo', 'load the built-in templates as demo workspaces when missing')
    .action(async (opts: { port?: string; host?: string; demo?: boolean }) => {
      const g = globals();
      const server = await startServer({
        ...(opts.port !== undefined ? { port: Number(opts.port) } : {}),
        ...(opts.host !== undefined ? { host: opts.host } : {}),
        ...(opts.demo ? { demo: true } : {}),
        // Why always: it only acts with demo workspaces created by this start (a fresh data directory).
        demoData: true,
        ...(g.dataDir !== undefined ? { dataDir: g.dataDir } : {}),
        ...(g.databaseUrl !== undefined ? { databaseUrl: g.databaseUrl } : {}),
      });
      const storage = server.config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${server.config.dataDir}`;
      io.out(`MarketOps is running on ${storage}.\n  Open:          ${server.url}/\n  API reference: ${server.url}/docs\nPress Ctrl+C to stop.`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
