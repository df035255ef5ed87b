import { z } from 'zod';

/**
 * Every configuration key, declared once: environment variable, default (defaults work with zero
 * configuration), description, and whether it is a secret (masked by `marketops config`).
 * The README's configuration table is generated from this list (`marketops config --markdown`)
 * and a unit test fails when the README drifts from it.
 */
export interface ConfigKey<T> {
  readonly key: keyof Config;
  readonly env: string;
  readonly schema: z.ZodType<T>;
  readonly default: string | null;
  readonly description: string;
  readonly secret: boolean;
}

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'expected a postgres:// or postgresql:// URL' });

export const CONFIG_KEYS = [
  { key: 'host', env: 'HOST', schema: z.string().min(1), default: '127.0.0.1', description: 'Interface the HTTP server listens on. Use 0.0.0.0 to accept connections from other machines.', secret: false },
  { key: 'port', env: 'PORT', schema: port, default: '4680', description: 'TCP port of the HTTP server (web UI and API). 0 picks a free port.', secret: false },
  { key: 'dataDir', env: 'MARKETOPS_DATA_DIR', schema: z.string().min(1), default: './data', description: 'Directory for embedded storage (PGlite database in `<dir>/pg`). Created if missing.', secret: false },
  { key: 'databaseUrl', env: 'DATABASE_URL', schema: postgresUrl.nullable(), default: null, description: 'PostgreSQL server to use instead of embedded PGlite, e.g. `postgres://user:pass@host:5432/db`. Empty: embedded.', secret: true },
  { key: 'logLevel', env: 'LOG_LEVEL', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), default: 'info', description: 'Minimum level of the JSON log lines written to stderr.', secret: false },
  { key: 'demo', env: 'MARKETOPS_DEMO', schema: bool, default: 'false', description: 'Load the built-in templates (canonical split, Company A, B, C) as workspaces on start when they do not exist yet.', secret: false },
  { key: 'ingestMaxInFlight', env: 'MARKETOPS_INGEST_MAX_IN_FLIGHT', schema: z.coerce.number().int().min(1).max(100_000), default: '64', description: 'Tracking requests (`/v1/*`) processed at once; beyond it the server answers 503 with Retry-After before reading the body, so memory stays bounded (at most this many 500 KB bodies).', secret: false },
  { key: 'ingestWorkers', env: 'MARKETOPS_INGEST_WORKERS', schema: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(64)]), default: 'auto', description: 'Worker threads that decode, check, enrich and encode tracking requests off the main thread. `auto`: one per CPU core; 0: decode on the main thread.', secret: false },
  { key: 'eventQueueMax', env: 'MARKETOPS_EVENT_QUEUE_MAX', schema: z.coerce.number().int().min(100).max(10_000_000), default: '50000', description: 'Accepted events waiting for the event store\'s next commit; beyond it tracking answers 503 with Retry-After.', secret: false },
  { key: 'dedupeWindowDays', env: 'MARKETOPS_DEDUPE_WINDOW_DAYS', schema: z.coerce.number().int().min(7).max(3650), default: '7', description: 'Days of event time for which a repeated messageId is always recognised (exact dedupe; see the README).', secret: false },
  { key: 'queryCacheMb', env: 'MARKETOPS_QUERY_CACHE_MB', schema: z.coerce.number().int().min(0).max(65_536), default: '64', description: 'Memory (MiB) for the answers of metric and analysis queries, kept until new events of their workspace are committed; filled at start with the dashboards\' default view; 0 turns the cache off (and that warm-up).', secret: false },
  { key: 'webDir', env: 'MARKETOPS_WEB_DIR', schema: z.string().min(1), default: 'packages/web/dist', description: 'Directory of the built web UI served at `/` (relative to the repository root).', secret: false },
  { key: 'trackerFile', env: 'MARKETOPS_TRACKER_FILE', schema: z.string().min(1), default: 'packages/tracker/dist/t.js', description: 'The built browser tracker served at `/t.js` (relative to the repository root; `npm run build:tracker`).', secret: false },
] as const satisfies readonly ConfigKey<unknown>[];

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly demo: boolean;
  readonly webDir: string;
  readonly trackerFile: string;
  readonly ingestMaxInFlight: number;
  readonly ingestWorkers: 'auto' | number;
  readonly eventQueueMax: number;
  readonly dedupeWindowDays: number;
  readonly queryCacheMb: number;
}
