import { useEffect, useMemo, useRef, useState } from 'react';
import { FIND_CURRENT_LAYER, FIND_LAYER } from '../common/vocabulary';
import type { ReaderController } from '../reader/reader-controller';
import { findAll, firstFrom, foldForFind, MAX_FIND_MATCHES } from './find-matches';

/** Ctrl+F on Windows and Linux, Cmd+F on macOS: the browser's own find would not see painted text offsets. */
const isFindKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';

/**
 * Find in the article: Ctrl/Cmd+F opens a box; every match is painted with the Highlight API
 * (through the reader's painter, so only blocks near the viewport get ranges), the current one
 * over them and scrolled into view; "3 of 17"; Enter and Shift+Enter step, Esc closes.
 */
export function FindBar({ controller, text }: { controller: ReaderController; text: string }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // Folded only while the bar is open: opening an article costs nothing for it.
  const folded = useMemo(() => (open ? foldForFind(text) : ''), [open, text]);
  const matches = useMemo(() => (open ? findAll(folded, query) : []), [open, folded, query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isFindKey(event)) return;
      event.preventDefault();
      if (!open) returnFocus.current = document.activeElement as HTMLElement | null;
      setOpen(true);
      // Focused after the box renders; selected so typing replaces the last search.
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  // A new query starts at the first match from where the reader is.
  useEffect(() => {
    setCurrent(firstFrom(matches, controller.topOffset()));
  }, [matches, controller]);

  useEffect(() => {
    const painter = controller.painter;
    if (!painter) return;
    const at = matches[current];
    painter.setMarks('find', [
      ...matches.map((match) => ({ ...match, layer: FIND_LAYER })),
      ...(at ? [{ ...at, layer: FIND_CURRENT_LAYER }] : []),
    ]);
    if (at) controller.scrollTo(at.start, at.end, 'instant');
  }, [matches, current, controller]);

  useEffect(() => () => controller.painter?.setMarks('find', []), [controller]);

  if (!open) return null;
  const close = () => {
    setOpen(false);
    controller.painter?.setMarks('find', []);
    returnFocus.current?.focus();
  };
  const step = (by: number) => {
    if (matches.length) setCurrent((index) => (index + by + matches.length) % matches.length);
  };
  const status = !query.trim()
    ? ''
    : matches.length === 0
      ? 'No matches'
      : `${current + 1} of ${matches.length}${matches.length >= MAX_FIND_MATCHES ? '+' : ''}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in the article">
      <input
        ref={input}
        type="search"
        className="find-input"
        aria-label="Find in the article"
        placeholder="Find in the article"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close();
          }
        }}
      />
      <span className="find-status" role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match (Shift+Enter)"
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button type="button" className="icon-button" aria-label="Next match (Enter)" onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="icon-button" aria-label="Close find (Esc)" onClick={close}>
        ×
      </button>
    </div>
  );
}
