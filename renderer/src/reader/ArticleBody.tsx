import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { ArticleDom } from './article-dom';

/**
 * Open the article link an event is on: a click (any button but the right one) or Enter.
 * A click that ends a selection made inside the link selects, it does not open.
 */
function openArticleLink(event: MouseEvent | KeyboardEvent): void {
  if ('key' in event ? event.key !== 'Enter' : event.button === 2) return;
  const link = (event.target as Element).closest<HTMLElement>('[data-href]');
  const href = link?.dataset.href;
  if (!href || !(window.getSelection()?.isCollapsed ?? true)) return;
  event.preventDefault();
  window.open(href, '_blank', 'noopener,noreferrer');
}

/**
 * The article's blocks. React renders only their container: `ArticleDom` builds the blocks in
 * it, progressively, starting around `openAt` (article-dom.ts), and marks are painted by the
 * Highlight API outside React, so highlights, entities and hovers never re-render this
 * (possibly huge) tree. Mounted in a layout effect, before the parent's (the painter's), so
 * the first screen is built and painted before the first frame.
 */
export function ArticleBody({ dom, openAt }: { dom: ArticleDom; openAt: number }) {
  const container = useRef<HTMLDivElement>(null);
  // Where it opens matters for the first build only; a later change of route scrolls instead.
  const firstOpenAt = useRef(openAt);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    dom.mount(element, firstOpenAt.current);
    // A copy whose selection reaches into the article copies all of its text, never shown parts
    // included. Listened to on the document: after select all, the copy event's target is the
    // page's body, not the article.
    const copyWhole = () => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed && selection.getRangeAt(0).intersectsNode(element))
        dom.buildAll();
    };
    document.addEventListener('copy', copyWhole, true);
    return () => {
      document.removeEventListener('copy', copyWhole, true);
      dom.unmount();
    };
  }, [dom]);
  return (
    // Links are opened here, for all of them at once (see block-dom.ts).
    <div
      ref={container}
      className="article-body"
      onClick={openArticleLink}
      onAuxClick={openArticleLink}
      onKeyDown={openArticleLink}
    />
  );
}
