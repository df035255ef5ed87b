/** Thrown instead of running the next query of a request whose client went away. */
export class RequestAbortedError extends Error {
  constructor() {
    super('the client closed the request; the rest of its queries were not run');
    this.name = 'RequestAbortedError';
  }
}

/**
 * A reader that refuses to start a query once `signal` is aborted (the client closed the
 * request). Why: a dashboard or a trend runs several queries one after another; when the user
 * changes the period or leaves the page, the queries not yet started are not worth two cores. A
 * query already running finishes.
 *
 * @example const reader = abortableReader(events, clientGone(request, reply));
 */
export function abortableReader<R extends { query(sql: string, params?: never): Promise<Record<string, unknown>[]> }>(reader: R, signal: AbortSignal | undefined): R {
  if (signal === undefined) return reader;
  return {
    query: (sql: string, params?: never) => (signal.aborted ? Promise.reject(new RequestAbortedError()) : reader.query(sql, params)),
  } as R;
}
