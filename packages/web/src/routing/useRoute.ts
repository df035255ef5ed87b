import { useSyncExternalStore } from 'react';
import { parseRoute } from './route';
import type { Route } from './route';

const NAVIGATE = 'marketops:navigate';

/** Re-renders on back/forward and on `navigate`. */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

/**
 * Moves to a client route (a path, optionally with `?query`) without reloading the page.
 * `replace` rewrites the current history entry: used for filter edits, so Back leaves the view
 * instead of undoing each keystroke.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The current route, re-rendering on back/forward and on `navigate`. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribeToLocation, () => window.location.pathname);
  return parseRoute(pathname);
}
