import { parseRetryAfter } from './backoff';
import type { Message, SendOutcome } from './types';

/** The browser functions the transport uses, bound to their objects by the caller. */
export interface TransportDeps {
  fetch(url: string, init: RequestInit): Promise<{ status: number; headers: { get(name: string): string | null } }>;
  /** `navigator.sendBeacon`, when the browser has it. */
  sendBeacon?: (url: string, data: string) => boolean;
  now(): number;
}

export interface Transport {
  send(batch: readonly Message[]): Promise<SendOutcome>;
  sendOnExit(batch: readonly Message[]): void;
}

/**
 * Posts batches to `<host>/v1/batch` as `{batch, sentAt, writeKey}`. Why text/plain and the key in
 * the body: a cross-origin POST with a CORS-safelisted content type and no Authorization header
 * is a "simple" request, so the browser sends no preflight; sendBeacon cannot set headers anyway.
 * Why `credentials: 'omit'`: the API needs no cookies, and the tracker must not send the API
 * host's cookies along.
 */
export function createTransport(host: string, writeKey: string, deps: TransportDeps): Transport {
  const endpoint = `${host}/v1/batch`;
  const body = (batch: readonly Message[]) => JSON.stringify({ batch, sentAt: new Date(deps.now()).toISOString(), writeKey });
  const init = (data: string, keepalive: boolean): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: data,
    credentials: 'omit',
    keepalive,
  });
  return {
    async send(batch) {
      try {
        const response = await deps.fetch(endpoint, init(body(batch), false));
        return outcomeOf(response.status, response.headers.get('Retry-After'), deps.now());
      } catch {
        return { kind: 'retry' };
      }
    },
    sendOnExit(batch) {
      const data = body(batch);
      let queued = false;
      try {
        queued = deps.sendBeacon?.(endpoint, data) ?? false;
      } catch {
        queued = false;
      }
      // Why the fallback: sendBeacon is missing in some webviews and returns false over its quota.
      if (!queued) deps.fetch(endpoint, init(data, true)).catch(() => undefined);
    },
  };
}

/**
 * What a response status means for the batch: 2xx done; 429 and 5xx retried (honouring
 * Retry-After); anything else (400 malformed, 401 unknown key, 413 too large) can never succeed
 * by resending the same bytes, so it is dropped.
 */
export function outcomeOf(status: number, retryAfter: string | null, nowMs: number): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(retryAfter, nowMs);
    return retryAfterMs === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterMs };
  }
  return { kind: 'drop', status };
}
