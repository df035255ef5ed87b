import { describe, expect, it } from 'vitest';
import { debounced, observeNavigation } from './navigation';
import { ManualClock } from './test-fakes';

function fakeWindow() {
  const calls: string[] = [];
  const listeners: (() => void)[] = [];
  const history = {
    pushState(_data: unknown, _unused: string, url?: string | URL | null) {
      calls.push(`push ${String(url)}`);
      return undefined;
    },
    replaceState(_data: unknown, _unused: string, url?: string | URL | null) {
      calls.push(`replace ${String(url)}`);
      return undefined;
    },
  } as unknown as History;
  return { win: { history, addEventListener: (_type: 'popstate', listener: () => void) => void listeners.push(listener) }, calls, listeners };
}

describe('SPA navigation', () => {
  it('pushState, replaceState and popstate are reported after the URL changed', () => {
    const { win, calls, listeners } = fakeWindow();
    observeNavigation(win, () => calls.push('navigated'));
    win.history.pushState({}, '', '/a');
    win.history.replaceState({}, '', '/b');
    listeners.forEach((listener) => listener());
    expect(calls).toEqual(['push /a', 'navigated', 'replace /b', 'navigated', 'navigated']);
  });

  it('waits for the router to settle; several changes give one call; runNow runs a pending one', () => {
    const clock = new ManualClock();
    let runs = 0;
    const nav = debounced(() => runs++, 100, clock);
    nav.schedule();
    clock.advance(50);
    nav.schedule();
    clock.advance(99);
    expect(runs).toBe(0);
    clock.advance(1);
    expect(runs).toBe(1);
    nav.schedule();
    nav.runNow();
    nav.runNow();
    clock.advance(1000);
    expect(runs).toBe(2);
  });
});
