import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Show a `<dialog>` as a modal while `open` is true. A native modal makes the rest of the page
 * inert (focus cannot leave it) and closes on Esc; the dialog's `close` event tells the owner.
 * React's `autoFocus` only focuses on mount, long before the dialog shows, so the element to
 * focus first is marked `data-autofocus` instead.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
