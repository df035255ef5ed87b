/** The parts of `window` single-page-app navigation is observed through. */
export interface NavigationWindow {
  readonly history: History;
  addEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * Calls `onNavigate` after every `history.pushState` / `replaceState` and on `popstate` (back and
 * forward). Why patch history: SPA routers change the URL through it and no event reports that.
 * The patched methods call the originals first and keep their return value and `this`.
 *
 * @example observeNavigation(window, () => tracker.autoPage())
 */
export function observeNavigation(win: NavigationWindow, onNavigate: () => void): void {
  const history = win.history;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      onNavigate();
      return result;
    };
  }
  win.addEventListener('popstate', onNavigate);
}

/**
 * Runs `action` once things settle: routers set the new title after changing the URL, so the
 * page view waits `delayMs`; several changes in a row give one call. `runNow` runs a pending
 * call at once (the page is being hidden).
 */
export function debounced(action: () => void, delayMs: number, timers: { set(cb: () => void, ms: number): unknown; clear(handle: unknown): void }) {
  let handle: unknown = null;
  const run = () => {
    handle = null;
    action();
  };
  return {
    schedule(): void {
      if (handle !== null) timers.clear(handle);
      handle = timers.set(run, delayMs);
    },
    runNow(): void {
      if (handle === null) return;
      timers.clear(handle);
      run();
    },
  };
}
