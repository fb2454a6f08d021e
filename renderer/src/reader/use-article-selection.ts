import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ReaderController } from './reader-controller';

export interface ArticleSelection {
  start: number;
  end: number;
  /** Where to put the toolbar, in the scroller's content coordinates. */
  anchor: { x: number; top: number; bottom: number };
}

/** Offsets of the current selection with surrounding whitespace left out. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The user's text selection inside the article, as text offsets, or null. */
export function useArticleSelection(
  body: RefObject<HTMLElement | null>,
  scroller: RefObject<HTMLElement | null>,
  controller: ReaderController,
  text: string,
): ArticleSelection | null {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const current = window.getSelection();
      const root = body.current;
      const scrollElement = scroller.current;
      const map = controller.map;
      if (!current || current.isCollapsed || current.rangeCount === 0 || !root || !scrollElement || !map) {
        return setSelection(null);
      }
      const range = current.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root))
        return setSelection(null);
      const raw = map.rangeToOffsets(range);
      const offsets = raw && trimmed(text, raw.start, raw.end);
      if (!offsets) return setSelection(null);
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
      const first = rects[0] ?? range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? first;
      const view = scrollElement.getBoundingClientRect();
      const top = first.top - view.top + scrollElement.scrollTop;
      const bottom = last.bottom - view.top + scrollElement.scrollTop;
      // Over the middle of the selection's first line, or of the whole block of lines.
      const box = rects.length > 1 ? range.getBoundingClientRect() : first;
      const x = box.left + box.width / 2 - view.left;
      setSelection((before) =>
        before && before.start === offsets.start && before.end === offsets.end && before.anchor.top === top
          ? before
          : { ...offsets, anchor: { x, top, bottom } },
      );
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
    };
  }, [body, scroller, controller, text]);

  return selection;
}
