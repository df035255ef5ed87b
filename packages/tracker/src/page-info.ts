import type { PageInfo } from './types';

/** The parts of `window.location` a page view records. */
export interface LocationLike {
  readonly href: string;
  readonly pathname: string;
  readonly search: string;
}

/**
 * `context.page` for the current location. The URL is recorded without its `#fragment` (as
 * analytics.js does): fragments are in-page anchors, not pages.
 *
 * @example pageInfo(location, document.title, document.referrer)
 */
export function pageInfo(location: LocationLike, title: string, referrer: string): PageInfo {
  return { url: withoutHash(location.href), path: location.pathname, referrer, title, search: location.search };
}

export function withoutHash(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * Decides whether a location is a new page view. The same URL twice in a row is one page view
 * (a router's replaceState, a re-render, pushState of the current URL); a hash change is none.
 */
export interface PageViewDedupe {
  /**
   * Returns the previous page view's URL ('' for the first) when `href` is a new page view, and
   * records it; returns null when it repeats the last one.
   */
  next(href: string): { readonly previous: string } | null;
  /** A manual `page()` call also counts as the page view of its URL. */
  record(href: string): void;
}

export function createPageViewDedupe(): PageViewDedupe {
  let last: string | null = null;
  return {
    next(href) {
      const url = withoutHash(href);
      if (url === last) return null;
      const previous = last === null ? '' : last;
      last = url;
      return { previous };
    },
    record(href) {
      last = withoutHash(href);
    },
  };
}
