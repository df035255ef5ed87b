import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether an element has come near the viewport (and stays true once it has), so a long
 * dashboard fetches the small trend charts a reader can see, not all of them at once.
 */
export function useInView<T extends Element>(rootMargin = '200px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true); // Why: without the API (old browsers, tests), load everything rather than nothing.
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return [ref, seen];
}
