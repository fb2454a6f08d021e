import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ArticleView } from '../../../electron/contract/model';
import { call } from '../api/client';
import type { ReaderController } from './reader-controller';

const SAVE_EVERY_MS = 1500;

/** Progress as a share of the text above the top of the view; the very bottom counts as done. */
function measure(controller: ReaderController, scroller: HTMLElement, textLength: number): number {
  if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4) return 1;
  if (textLength === 0) return 0;
  return Math.min(1, controller.topOffset() / textLength);
}

/**
 * The offset an article reopens at, where the reader stopped, or null when it opens at the top
 * (barely started, or read to the end).
 */
export function restoredOffset(article: ArticleView): number | null {
  if (article.progress <= 0.01 || article.progress >= 0.99) return null;
  return Math.floor(article.progress * article.text.length);
}

/**
 * Save reading progress (throttled, and once more on leaving), and reopen where the reader
 * stopped, unless the route asks for a passage. Progress is a text offset, not a scroll
 * position: with content-visibility the scroll height is only an estimate.
 */
export function useReadingProgress(
  article: ArticleView | null,
  ready: boolean,
  scroller: RefObject<HTMLElement | null>,
  controller: ReaderController,
  skipRestore: boolean,
): void {
  const saved = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!article || !ready || !element) return;
    const restored = restoredOffset(article);
    if (!skipRestore && restored !== null) controller.scrollToBlockOf(restored);
    saved.current = article.progress;
    let latest = article.progress;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const save = () => {
      timer = undefined;
      const progress = Math.round(latest * 1000) / 1000;
      if (progress === saved.current) return;
      saved.current = progress;
      call('articles/setProgress', { id: article.id, progress }).catch(() => {
        // Progress is a convenience: a failed save is not worth interrupting the reader for.
        saved.current = null;
      });
    };
    const onScroll = () => {
      // Measure while the article is still mounted; the save on leaving uses the last value.
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        latest = measure(controller, element, article.text.length);
        timer ??= setTimeout(save, SAVE_EVERY_MS);
      });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [article, ready, scroller, controller, skipRestore]);
}
