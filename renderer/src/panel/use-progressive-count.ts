import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

const PAGE = 30;

/**
 * How many items of a long list to render: a first page, then another each time the sentinel
 * at the end comes near the viewport, and always enough to include `mustShow`. An article with
 * two thousand highlights opens with thirty cards instead of two thousand.
 */
export function useProgressiveCount(
  total: number,
  mustShow: number,
  sentinel: RefObject<Element | null>,
): number {
  const [count, setCount] = useState(PAGE);
  const shown = Math.min(total, Math.max(count, mustShow + 1));

  useEffect(() => {
    const element = sentinel.current;
    if (!element || shown >= total) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setCount((value) => Math.max(value, shown) + PAGE);
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [sentinel, shown, total]);

  return shown;
}
