import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Becomes true once the element has come within `margin` of the viewport, and stays true.
 * Cards mount their rich-text editors lazily with it, so a thousand highlights stay light.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '600px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
