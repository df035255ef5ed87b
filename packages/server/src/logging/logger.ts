import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout stays free for CLI output that users pipe). Secrets are
 * redacted by path, so a logged config or request never prints a password or an auth header.
 */
export function createLogger(level: string, name = 'marketops'): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: ['databaseUrl', 'config.databaseUrl', 'req.headers.authorization', 'req.headers.cookie'], censor: '****' },
    },
    pino.destination(2),
  );
}
