import { describe, expect, it } from 'vitest';
import { createIdentity } from './identity';
import { cookieStore, cookieString, localStore, memoryStore, readCookie } from './storage';

/** A cookie jar that behaves like document.cookie for name=value pairs. */
function fakeDocument() {
  const jar = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(value: string) {
      writes.push(value);
      const [pair] = value.split(';');
      const [name, v] = pair!.split('=');
      if (/Max-Age=0(;|$)/.test(value)) jar.delete(name!);
      else jar.set(name!, v!);
    },
  };
}

describe('storage', () => {
  it('reads one cookie out of document.cookie', () => {
    expect(readCookie('a=1; mo_aid=abc%2D1; b=2', 'mo_aid')).toBe('abc-1');
    expect(readCookie('xmo_aid=1', 'mo_aid')).toBeNull();
    expect(readCookie('', 'mo_aid')).toBeNull();
  });

  it('writes first-party cookies: host only, SameSite=Lax, one year, Secure on https', () => {
    expect(cookieString('mo_aid', 'x', 31_536_000, true)).toBe('mo_aid=x; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(cookieString('mo_aid', 'x', 31_536_000, false)).not.toContain('Domain');
  });

  it('localStorage is used only when a write works', () => {
    const throwing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(localStore(() => throwing)).toBeNull();
    expect(
      localStore(() => {
        throw new Error('SecurityError');
      }),
    ).toBeNull();
  });
});

describe('identity', () => {
  it('creates an anonymous id once and finds it again on the next load', () => {
    const store = memoryStore();
    let n = 0;
    const first = createIdentity(store, store, () => `id-${++n}`);
    expect(first.anonymousId()).toBe('id-1');
    expect(store.get('mo_aid')).toBe('id-1');
    expect(createIdentity(store, store, () => `id-${++n}`).anonymousId()).toBe('id-1');
  });

  it('falls back to the mo_aid cookie and refreshes its expiry on every load', () => {
    const doc = fakeDocument();
    createIdentity(cookieStore(doc, false), memoryStore(), () => 'aid-1');
    const again = createIdentity(cookieStore(doc, false), memoryStore(), () => 'aid-2');
    expect(again.anonymousId()).toBe('aid-1');
    expect(doc.writes).toEqual([
      'mo_aid=aid-1; Path=/; Max-Age=31536000; SameSite=Lax',
      'mo_aid=aid-1; Path=/; Max-Age=31536000; SameSite=Lax',
    ]);
  });

  it('remembers the user id until reset, which also starts a new anonymous id', () => {
    const store = memoryStore();
    let n = 0;
    const identity = createIdentity(store, store, () => `id-${++n}`);
    identity.setUserId('u-1');
    expect(createIdentity(store, store, () => 'unused').userId()).toBe('u-1');
    identity.reset();
    expect([identity.userId(), identity.anonymousId(), store.get('mo_uid'), store.get('mo_aid')]).toEqual([undefined, 'id-2', null, 'id-2']);
  });

  it('replaces a stored id that does not look like one', () => {
    const store = memoryStore();
    store.set('mo_aid', '<script>');
    expect(createIdentity(store, store, () => 'fresh').anonymousId()).toBe('fresh');
  });
});
