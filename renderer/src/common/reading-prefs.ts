import { useCallback, useEffect, useState } from 'react';

export type ReadingFont = 'serif' | 'sans';
const KEY = 'gloss.readingFont';

/** The reading typeface: a choice of this device's display, so it stays in localStorage. */
export function useReadingFont(): [ReadingFont, () => void] {
  const [font, setFont] = useState<ReadingFont>(() =>
    localStorage.getItem(KEY) === 'sans' ? 'sans' : 'serif',
  );
  useEffect(() => {
    document.documentElement.dataset.font = font;
  }, [font]);
  const toggle = useCallback(() => {
    setFont((current) => {
      const next = current === 'serif' ? 'sans' : 'serif';
      localStorage.setItem(KEY, next);
      return next;
    });
  }, []);
  return [font, toggle];
}
