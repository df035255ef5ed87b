import { DomainError, type DomainErrorCode } from '@marketops/core';
import { ErrorResponseSchema } from '@marketops/contracts';
import { loadConfig } from '../../config/load';

/**
 * The CLI's way to a running server. Why over HTTP: events arrive at the server, and the embedded
 * data directory is locked by the server while it runs, so ingestion commands (send, tail, health,
 * keys, dead letters) ask the server instead of opening storage themselves.
 */
export function serverUrl(explicit?: string): string {
  if (explicit) return explicit.replace(/\/+$/, '');
  const config = loadConfig();
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

/** Calls the API; an error response becomes the DomainError it describes, with its issues. */
export async function callServer<T>(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new DomainError('STORAGE_UNAVAILABLE', `cannot reach the MarketOps server at ${base} (${(error as Error).cause ?? (error as Error).message}); start it with \`marketops serve\` or pass --url`);
  }
  const text = await response.text();
  if (!response.ok) {
    const parsed = ErrorResponseSchema.safeParse(safeJson(text));
    if (parsed.success) {
      const e = parsed.data.error;
      throw new DomainError(e.code as DomainErrorCode, e.message, e.issues.map((i) => ({ ...i, code: i.code as DomainErrorCode })));
    }
    throw new DomainError('STORAGE_UNAVAILABLE', `${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  }
  return (text ? JSON.parse(text) : null) as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
