import { DomainError, type DomainErrorCode, type MetricSettings, type SegmentMessage } from '@marketops/core';
import { ErrorResponseSchema } from '@marketops/contracts';
import { MAX_BATCH_BYTES } from '../ingestion/edge-checks';
import { hasDefaultSettings, type DemoEventResult, type DemoFeedResult, type DemoSink } from './demo-sink';

/** Where and as whom the HTTP sink sends. */
export interface HttpSinkOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:4680`. */
  readonly baseUrl: string;
  readonly workspaceId: string;
  /** A write key of the workspace (HTTP Basic username, as the SDKs send it). */
  readonly writeKey: string;
}

const BUSY_ATTEMPTS = 30;
/** Stay under the tracking API's 500 KB per request, with room for the envelope. */
const REQUEST_BYTES = MAX_BATCH_BYTES - 8 * 1024;

/**
 * Delivers demo data to a running server over its public API, exactly as a company's senders
 * and import scripts would: `POST /v1/batch` with the write key (split to stay under 500 KB,
 * waiting and retrying on 503 and 429 as Segment's SDKs do), the CSV imports of
 * `/api/workspaces/{ws}/costs/import` and `/channel-stats/import?format=generic`, and
 * `/api/workspaces/{ws}/settings`.
 *
 * @example const sink = httpSink({ baseUrl: 'http://127.0.0.1:4680', workspaceId: 'company-b', writeKey: 'wk_…' });
 */
export function httpSink(options: HttpSinkOptions): DemoSink {
  const base = options.baseUrl.replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(`${options.writeKey}:`).toString('base64')}`;
  const ws = encodeURIComponent(options.workspaceId);

  async function post(body: string): Promise<DemoEventResult> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${base}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body });
      } catch (error) {
        throw new DomainError('STORAGE_UNAVAILABLE', `cannot reach the MarketOps server at ${base} (${(error as Error).message}); start it with \`marketops serve\` or pass --url`);
      }
      const text = await response.text();
      if (response.status === 200) {
        const answer = JSON.parse(text) as { accepted: number; duplicates: number; rejected: { code: string; field: string; reason: string }[] };
        const first = answer.rejected[0];
        return { accepted: answer.accepted, duplicates: answer.duplicates, rejected: answer.rejected.length, ...(first ? { firstRejection: `${first.code} ${first.field}: ${first.reason}` } : {}) };
      }
      if ((response.status === 503 || response.status === 429) && attempt < BUSY_ATTEMPTS) {
        const wait = Math.min(Number(response.headers.get('retry-after')) || 1, 5);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        continue;
      }
      if (response.status === 401) throw new DomainError('WRITE_KEY_INVALID', 'the server refused the write key');
      throw new DomainError('STORAGE_UNAVAILABLE', `POST /v1/batch answered ${response.status}: ${text.slice(0, 200)}`);
    }
  }

  return {
    async sendEvents(messages: readonly SegmentMessage[]): Promise<DemoEventResult> {
      let accepted = 0;
      let duplicates = 0;
      let rejected = 0;
      let firstRejection: string | undefined;
      for (const body of requestBodies(messages)) {
        const answer = await post(body);
        accepted += answer.accepted;
        duplicates += answer.duplicates;
        rejected += answer.rejected;
        firstRejection ??= answer.firstRejection;
      }
      return { accepted, duplicates, rejected, ...(firstRejection ? { firstRejection } : {}) };
    },
    importCosts: (csv: string) => postCsv(`${base}/api/workspaces/${ws}/costs/import?skipBadRows=false`, csv),
    importChannelStats: (csv: string) => postCsv(`${base}/api/workspaces/${ws}/channel-stats/import?format=generic&skipBadRows=false`, csv),
    async adoptSettings(timeZone: string, currency: string): Promise<boolean> {
      const url = `${base}/api/workspaces/${ws}/settings`;
      const current = (await json(await fetch(url))) as { timeZone: string; reportingCurrency: string | null; exchangeRates: Record<string, string> };
      if (!hasDefaultSettings(current)) return false;
      const body = JSON.stringify({ ...current, timeZone, reportingCurrency: currency });
      await json(await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body }));
      return true;
    },
    async adoptMetricSettings(settings: MetricSettings): Promise<boolean> {
      const url = `${base}/api/workspaces/${ws}/metric-settings`;
      const current = (await json(await fetch(url))) as Record<string, unknown>;
      if (Object.keys(current).length > 0) return false;
      await json(await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(settings) }));
      return true;
    },
  };
}

/** `{"batch":[...]}` bodies of at most REQUEST_BYTES each, messages in order. */
function* requestBodies(messages: readonly SegmentMessage[]): Generator<string> {
  let parts: string[] = [];
  let bytes = 0;
  for (const message of messages) {
    const json = JSON.stringify(message);
    const size = Buffer.byteLength(json) + 1;
    if (parts.length > 0 && bytes + size > REQUEST_BYTES) {
      yield `{"batch":[${parts.join(',')}]}`;
      parts = [];
      bytes = 0;
    }
    parts.push(json);
    bytes += size;
  }
  if (parts.length > 0) yield `{"batch":[${parts.join(',')}]}`;
}

/** Posts a CSV import; an error answer becomes the DomainError it describes. */
async function postCsv(url: string, csv: string): Promise<DemoFeedResult> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8' }, body: csv });
  } catch (error) {
    throw new DomainError('STORAGE_UNAVAILABLE', `cannot reach the MarketOps server (${(error as Error).message})`);
  }
  const report = (await json(response)) as DemoFeedResult;
  return { rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged };
}

/** The answer's JSON; an error answer becomes the DomainError it describes. */
async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  if (response.ok) return JSON.parse(text) as unknown;
  let parsed: ReturnType<typeof ErrorResponseSchema.safeParse>;
  try {
    parsed = ErrorResponseSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = ErrorResponseSchema.safeParse(null);
  }
  if (parsed.success) throw new DomainError(parsed.data.error.code as DomainErrorCode, parsed.data.error.message);
  throw new DomainError('STORAGE_UNAVAILABLE', `${response.url} answered ${response.status}: ${text.slice(0, 200)}`);
}
