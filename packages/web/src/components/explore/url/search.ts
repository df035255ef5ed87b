/** A change to the query string: a text sets one value, a list sets a repeated key, null or an empty list removes it. */
export type SearchChanges = Record<string, string | readonly string[] | null | undefined>;

/**
 * The query string after `changes`, other keys kept in place. Lists become repeated keys
 * (`step=a&step=b`), the compact form for ordered lists such as funnel steps.
 *
 * @example applySearch(new URLSearchParams('from=2026-10-01'), { step: ['page', 'event:Signed Up'] }).toString()
 * // 'from=2026-10-01&step=page&step=event%3ASigned+Up'
 */
export function applySearch(current: URLSearchParams, changes: SearchChanges): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      if (value !== '') next.set(key, value);
    } else {
      for (const item of value) next.append(key, item);
    }
  }
  return next;
}

/** Only the given keys of a query string, in the given order (the state a link to another explorer carries over). */
export function pickSearch(current: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of keys) for (const value of current.getAll(key)) next.append(key, value);
  return next;
}
