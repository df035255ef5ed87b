import { useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';

/**
 * A form's draft of a state that lives in the URL. The draft follows the URL when the URL changes
 * from outside (back/forward, a shared link, a reset), identified by `key`, and keeps the user's
 * typing otherwise; it is written back only when valid (see each explorer's `check…Draft`).
 */
export function useDraft<S, D>(state: S, key: string, toDraft: (state: S) => D): [D, Dispatch<SetStateAction<D>>] {
  const [draft, setDraft] = useState(() => toDraft(state));
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraft(toDraft(state));
  }
  return [draft, setDraft];
}
