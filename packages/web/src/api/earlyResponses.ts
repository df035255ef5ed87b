/**
 * GET responses started before the application had loaded (`earlyRequests.ts`), each handed to
 * the first request of its path and then forgotten. Why a lifetime: a response is only "the
 * same answer" shortly after start; an edit (any other method) forgets them all at once.
 */
const LIFETIME_MS = 10_000;

interface Started {
  readonly response: Promise<Response>;
  readonly at: number;
  /** The answer's JSON once a successful response has arrived and parsed (parsed from a copy). */
  json?: { readonly value: unknown };
}

const started = new Map<string, Started>();
/** Paths the client has asked for: starting one of them early would only ask the server twice. */
const asked = new Set<string>();

/**
 * Starts a GET as the typed client would send it, and keeps it for the client's first request.
 * Returns the answer's JSON, parsed once on arrival from a copy (rejects when the request failed
 * or was not a success), for the start-up script to choose its next requests by; undefined when
 * the client has asked for that path already.
 */
export function startEarlyGet(path: string): Promise<unknown> | undefined {
  if (asked.has(path)) return undefined;
  const response = fetch(path, { method: 'GET', headers: { accept: 'application/json' } });
  const entry: Started = { response, at: Date.now() };
  started.set(path, entry);
  // Why parse on arrival: the application's first render can then start with the answers that are
  // in (peekEarlyJson), instead of rendering again as each one is taken and parsed.
  const json = response.then(async (answer) => {
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
    const value: unknown = await answer.clone().json();
    entry.json = { value };
    return value;
  });
  // Why: a failed early request is the client's to meet when it asks; never an unhandled rejection.
  json.catch(() => undefined);
  return json;
}

/**
 * The JSON of a path's early response if it has arrived, succeeded and parsed by now, once (the
 * response is then forgotten, as when taken); undefined otherwise, and the client asks as usual.
 */
export function peekEarlyJson(path: string): { readonly value: unknown } | undefined {
  const entry = started.get(path);
  if (entry?.json === undefined || asked.has(path) || Date.now() - entry.at > LIFETIME_MS) return undefined;
  asked.add(path);
  started.delete(path);
  return entry.json;
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
