import { useEffect, useRef } from 'react';

/**
 * Whether `element` is a field the user types in (a note editor with its toolbar, a text input):
 * what a reader must not take away from under them.
 */
export function isTypingIn(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.closest('.note-editor')) return true;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(element.type);
}

/** While `waiting`, call `done` once the focus moves out of every field the user types in. */
export function useWhenDoneTyping(waiting: boolean, done: () => void): void {
  const latest = useRef(done);
  useEffect(() => {
    latest.current = done;
  });
  useEffect(() => {
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Where the focus went is known once it arrived; a window that lost the focus (another app)
    // keeps its active element, the field the user comes back to.
    const onFocusOut = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!isTypingIn(document.activeElement)) latest.current();
      }, 0);
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [waiting]);
}
