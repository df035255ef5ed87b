/** A string key-value store: localStorage, a first-party cookie, or memory. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * localStorage when it works, else `null`. Why probe with a write: Safari's private mode and
 * storage-blocking settings expose `localStorage` but throw on `setItem` (or on access).
 */
export function localStore(getStorage: () => Storage): KeyValueStore | null {
  try {
    const storage = getStorage();
    storage.setItem('mo_probe', '1');
    storage.removeItem('mo_probe');
    return {
      get: (key) => safely(() => storage.getItem(key), null),
      set: (key, value) => safely(() => storage.setItem(key, value), undefined),
      remove: (key) => safely(() => storage.removeItem(key), undefined),
    };
  } catch {
    return null;
  }
}

/** First-party cookies on the page's own host: SameSite=Lax, one year, Secure on https. */
export function cookieStore(doc: { cookie: string }, secure: boolean): KeyValueStore {
  return {
    get: (key) => readCookie(doc.cookie, key),
    set: (key, value) => {
      doc.cookie = cookieString(key, value, ONE_YEAR_SECONDS, secure);
    },
    remove: (key) => {
      doc.cookie = cookieString(key, '', 0, secure);
    },
  };
}

/** A store that forgets everything on reload (when nothing else may or can be used). */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key) ?? null, set: (key, value) => void values.set(key, value), remove: (key) => void values.delete(key) };
}

/** The value of cookie `name` in a `document.cookie` string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    return safely(() => decodeURIComponent(part.slice(eq + 1).trim()), null);
  }
  return null;
}

/** A `document.cookie` assignment. No Domain attribute: the cookie stays on the page's own host. */
export function cookieString(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
