/**
 * Lenient reading of URLs as trackers send them: absolute, relative, without a scheme, or broken.
 * Uses only the global `URL` (an ECMAScript-host global in Node and browsers), never `node:url`.
 */

/** One query parameter; `name` is lower-cased so that `UTM_Source` matches `utm_source`. */
export interface QueryParam {
  readonly name: string;
  /** Decoded and trimmed; `null` when blank. Kept undecoded when its percent-encoding is broken. */
  readonly value: string | null;
  /** True when the value's percent-encoding was broken (e.g. `%E0%A4%A`) and it was kept as sent. */
  readonly undecodable: boolean;
}

/**
 * The query of a URL-like text (after the first `?`, before `#`), or `''`. Works on relative and
 * unparseable URLs too, so that a broken URL still yields its UTM parameters.
 *
 * @example queryOf('/p?utm_source=x#top') // 'utm_source=x'
 */
export function queryOf(url: string): string {
  const hash = url.indexOf('#');
  const beforeFragment = hash < 0 ? url : url.slice(0, hash);
  const start = beforeFragment.indexOf('?');
  return start < 0 ? '' : beforeFragment.slice(start + 1);
}

/**
 * The parameters of a query string, in order (repeated names kept; callers take the first).
 * Why not `URLSearchParams`: it turns broken percent-encoding into U+FFFD, losing the raw value
 * that the sender would need to recognise; here such a value is kept exactly as sent.
 *
 * @example parseQuery('UTM_Source=Weibo&x=%E0%A4%A')
 * // [{ name: 'utm_source', value: 'Weibo', undecodable: false }, { name: 'x', value: '%E0%A4%A', undecodable: true }]
 */
export function parseQuery(query: string): QueryParam[] {
  const params: QueryParam[] = [];
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const name = decodeComponent(rawName) ?? rawName;
    const decoded = decodeComponent(rawValue);
    const value = (decoded ?? rawValue).trim();
    params.push({ name: name.trim().toLowerCase(), value: value === '' ? null : value, undecodable: decoded === null });
  }
  return params;
}

/** `application/x-www-form-urlencoded` decoding of one component (`+` is a space), or `null`. */
function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * A parsed absolute URL, or `null`. A text that looks like a bare host (`www.google.com/search`)
 * is read as `http://` + text, because some trackers drop the scheme of the referrer.
 */
export function parseUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    return new URL(trimmed);
  } catch {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]|$)/i.test(trimmed)) return null;
    try {
      return new URL(`http://${trimmed}`);
    } catch {
      return null;
    }
  }
}

/**
 * The lower-cased host name of a URL without a trailing dot, or `null` when it has none.
 * Android app referrers (`android-app://com.google.android.gm/`) yield the package name.
 *
 * @example hostOf('https://WWW.Google.co.jp./search?q=x') // 'www.google.co.jp'
 */
export function hostOf(url: string): string | null {
  const host = parseUrl(url)?.hostname.toLowerCase().replace(/\.$/, '') ?? '';
  return host === '' ? null : host;
}

/** The host without a leading `www.`. @example bareHost('www.example.com') // 'example.com' */
export function bareHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * Whether two hosts belong to the same site: equal after dropping `www.`, or one a subdomain of
 * the other (`shop.example.com` and `example.com`). Why not the registrable domain: that needs the
 * Public Suffix List; this rule never treats two different sites as one (`a.github.io` and
 * `b.github.io` stay apart) and misses only sibling subdomains, which then count as referrals.
 */
export function sameSite(a: string, b: string): boolean {
  const x = bareHost(a);
  const y = bareHost(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
