import type { KeyValueStore } from './storage';

export const ANONYMOUS_ID_KEY = 'mo_aid';
export const USER_ID_KEY = 'mo_uid';

/** Ids stored by older or foreign code are reused only when they look like ids. */
const PLAUSIBLE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Who the visitor is. */
export interface Identity {
  anonymousId(): string;
  userId(): string | undefined;
  setUserId(userId: string): void;
  /** Forgets the user and starts a new anonymous id (call on logout, on shared devices). */
  reset(): void;
}

/**
 * A first-party anonymous id that survives reloads (created on first use), and the user id given
 * to `identify`, remembered until `reset`.
 *
 * @param anonymousStore localStorage, or the `mo_aid` cookie when localStorage is unavailable
 * @param userStore localStorage, or memory (the tracker sets no cookie but `mo_aid`)
 * @example createIdentity(localStore(() => localStorage), memoryStore(), uuid).anonymousId()
 */
export function createIdentity(anonymousStore: KeyValueStore, userStore: KeyValueStore, newId: () => string): Identity {
  const stored = anonymousStore.get(ANONYMOUS_ID_KEY);
  let anonymous = stored !== null && PLAUSIBLE_ID.test(stored) ? stored : newId();
  // Why write even when read: refreshes the cookie's one-year expiry on every visit.
  anonymousStore.set(ANONYMOUS_ID_KEY, anonymous);
  let user = userStore.get(USER_ID_KEY) ?? undefined;
  return {
    anonymousId: () => anonymous,
    userId: () => user,
    setUserId(userId) {
      user = userId;
      userStore.set(USER_ID_KEY, userId);
    },
    reset() {
      user = undefined;
      userStore.remove(USER_ID_KEY);
      anonymous = newId();
      anonymousStore.set(ANONYMOUS_ID_KEY, anonymous);
    },
  };
}
