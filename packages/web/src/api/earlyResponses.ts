/**
 * GET responses started before the application had loaded (`earlyRequests.ts`), each handed to
 * the first request of its path and then forgotten. Why a lifetime: a response is only "the
 * same answer" shortly after start; an edit (any other method) forgets them all at once.
 */
const LIFETIME_MS = 10_000;

const started = new Map<string, { response: Promise<Response>; at: number }>();
/** Paths the client has asked for: starting one of them early would only ask the server twice. */
const asked = new Set<string>();

/**
 * Starts a GET as the typed client would send it, and keeps it for the client's first request;
 * undefined when the client has asked for that path already.
 */
export function startEarlyGet(path: string): Promise<Response> | undefined {
  if (asked.has(path)) return undefined;
  const response = fetch(path, { method: 'GET', headers: { accept: 'application/json' } });
  started.set(path, { response, at: Date.now() });
  // Why: a failed early request is the client's to meet when it asks; never an unhandled rejection.
  response.catch(() => undefined);
  return response;
}

/** The early response of a path, once; undefined when there is none or it is too old. */
export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  asked.add(path);
  const entry = started.get(path);
  started.delete(path);
  return entry !== undefined && Date.now() - entry.at <= LIFETIME_MS ? entry.response : undefined;
}

/** Forgets every early response: after an edit, none of them is the current answer any more. */
export function forgetEarlyResponses(): void {
  started.clear();
}
