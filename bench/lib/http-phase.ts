import { Pool } from 'undici';
import { percentile, procCpuSeconds } from './stats';

export interface TrackingAnswer {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: readonly unknown[];
}

export interface SendStats {
  readonly requests: number;
  /** Events the server acknowledged as stored (sum of `accepted`). */
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** 503 answers (each retried after its Retry-After). */
  readonly saturated503: number;
  /** Other non-200 answers and transport errors (not retried). */
  readonly errors: number;
  readonly firstError: string | null;
  readonly wallSeconds: number;
  /** Request latency of the answered (200) attempts, ms, ascending. */
  readonly latenciesMs: readonly number[];
  /** Server CPU seconds (user + system) spent during the phase, if readable. */
  readonly serverCpuSeconds: number | null;
}

/** A keep-alive connection pool to the server, one connection per concurrent client. */
export function openPool(url: string, connections: number): Pool {
  return new Pool(url, { connections, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 120_000, bodyTimeout: 120_000 });
}

/**
 * Posts pre-serialised `/v1/batch` bodies with `concurrency` clients, each sending its next body
 * when the previous one is answered (closed loop). A 503 is retried after its Retry-After.
 */
export async function sendBatches(pool: Pool, bodies: readonly Buffer[], options: { writeKey: string; concurrency: number; serverPid?: number }): Promise<SendStats> {
  const authorization = `Basic ${Buffer.from(`${options.writeKey}:`).toString('base64')}`;
  const latencies: number[] = [];
  let next = 0;
  let accepted = 0;
  let duplicates = 0;
  let rejected = 0;
  let saturated = 0;
  let errors = 0;
  let firstError: string | null = null;
  let requests = 0;

  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= bodies.length) return;
      const body = bodies[index] as Buffer;
      for (;;) {
        const started = performance.now();
        requests++;
        try {
          const res = await pool.request({
            path: '/v1/batch',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body,
          });
          const text = await res.body.text();
          const elapsed = performance.now() - started;
          if (res.statusCode === 200) {
            latencies.push(elapsed);
            const answer = JSON.parse(text) as TrackingAnswer;
            accepted += answer.accepted;
            duplicates += answer.duplicates;
            rejected += answer.rejected.length;
            break;
          }
          if (res.statusCode === 503) {
            saturated++;
            const retryAfter = Number(res.headers['retry-after'] ?? 1);
            await new Promise((resolve) => setTimeout(resolve, (Number.isFinite(retryAfter) ? retryAfter : 1) * 1000));
            continue;
          }
          errors++;
          firstError ??= `HTTP ${res.statusCode}: ${text.slice(0, 300)}`;
          break;
        } catch (error) {
          errors++;
          firstError ??= String(error);
          break;
        }
      }
    }
  };

  const cpuBefore = options.serverPid ? procCpuSeconds(options.serverPid) : null;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuAfter = options.serverPid ? procCpuSeconds(options.serverPid) : null;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    accepted,
    duplicates,
    rejected,
    saturated503: saturated,
    errors,
    firstError,
    wallSeconds,
    latenciesMs: latencies,
    serverCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
  };
}

export const latencySummary = (sorted: readonly number[]) => ({
  p50: percentile(sorted, 50),
  p90: percentile(sorted, 90),
  p99: percentile(sorted, 99),
  max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : Number.NaN,
});

/** JSON request to the admin API; throws on a non-2xx answer. */
export async function api<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}
