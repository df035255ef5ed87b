/** How often and how long a failed batch is retried. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** Sends of one message before it is given up (the first send included). */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, maxMs: 30_000, maxAttempts: 8 };

/** A server's Retry-After is honoured up to this; a tab rarely lives longer. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The wait before retry number `attempt` (1 = first retry): `base * 2^(attempt-1)`, capped at
 * `maxMs`, with "equal jitter" (a random point in the upper half) so that many browsers failing
 * together do not come back together. A Retry-After from the server is a lower bound.
 *
 * @example backoffDelay(3, DEFAULT_BACKOFF, () => 1) // 4000
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random());
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/**
 * A Retry-After header in milliseconds: delta-seconds or an HTTP date; undefined when absent or
 * unreadable. (Cross-origin, browsers expose the header only when the server lists it in
 * Access-Control-Expose-Headers; otherwise the plain backoff applies.)
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
