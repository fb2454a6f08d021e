import { useEffect, useRef, useState } from 'react';
import { acceptsText, dragKind } from './drag-kind';
import { dropEntries, droppedFiles } from './dropped-files';
import type { DroppedFiles } from './dropped-files';
import { webAddresses } from './web-addresses';

/** What is being dragged over the window from outside, for the drop hint. */
export type WindowDrag = 'files' | 'link' | 'refused' | null;

/**
 * Files dropped anywhere on the window go to `onFiles`, with the files of dropped folders (each
 * with its path inside the drop, so a saved page finds its `_files` folder); links dragged from a browser to
 * `onUrls`. Nothing dropped ever navigates: the browser would open a dropped link (or text that
 * looks like one) in place of Gloss. Links dragged within Gloss and text are refused, except
 * text over a text field or note editor, which drops there as the browser always does.
 * Returns what an outside drag is, for the hint.
 */
export function useWindowDrop(
  onFiles: (dropped: DroppedFiles) => void,
  onUrls: (urls: string[]) => void,
): WindowDrag {
  const [dragging, setDragging] = useState<WindowDrag>(null);
  const depth = useRef(0);
  // Text or a link dragged within Gloss (a selection in the article) needs no hint.
  const fromInside = useRef(false);

  useEffect(() => {
    const kindOf = (event: DragEvent) => {
      const kind = dragKind(Array.from(event.dataTransfer?.types ?? []), acceptsText(event.target));
      // An article's own link dragged onto its page is no request to import it.
      return kind === 'link' && fromInside.current ? 'refused' : kind;
    };
    const hint = (event: DragEvent): WindowDrag => {
      const kind = kindOf(event);
      if (kind === 'files' || kind === 'link') return kind;
      return kind === 'refused' && !fromInside.current ? 'refused' : null;
    };
    const onStart = () => {
      fromInside.current = true;
    };
    const onEnd = () => {
      fromInside.current = false;
    };
    const onEnter = (event: DragEvent) => {
      depth.current += 1;
      setDragging(hint(event));
    };
    const onLeave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(null);
    };
    const onOver = (event: DragEvent) => {
      const kind = kindOf(event);
      setDragging(hint(event));
      if (kind === 'text-into-field') return;
      event.preventDefault();
      // 'none' shows the "cannot drop" cursor, and the browser then drops nothing at all.
      if (event.dataTransfer)
        event.dataTransfer.dropEffect = kind === 'files' || kind === 'link' ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      const kind = kindOf(event);
      depth.current = 0;
      setDragging(null);
      if (kind === 'text-into-field') return;
      // Also for a refused drop that arrives anyway: left to the browser, it would navigate.
      event.preventDefault();
      if (kind === 'files' && event.dataTransfer) {
        // The drop's entries are only there while this handler runs; their files are read after.
        const drop = dropEntries(event.dataTransfer);
        const flat = () => ({
          files: drop.files.map((file) => ({ file, path: file.name })),
          truncated: false,
        });
        void droppedFiles(drop).then(onFiles, () => onFiles(flat()));
      }
      if (kind === 'link') {
        const data = event.dataTransfer;
        const urls = webAddresses(data?.getData('text/uri-list') || data?.getData('text/plain') || '');
        if (urls.length > 0) onUrls(urls);
      }
    };
    const listeners = {
      dragstart: onStart,
      dragend: onEnd,
      dragenter: onEnter,
      dragleave: onLeave,
      dragover: onOver,
      drop: onDrop,
    } as const;
    for (const [type, listener] of Object.entries(listeners))
      window.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners))
        window.removeEventListener(type, listener as EventListener);
    };
  }, [onFiles, onUrls]);

  return dragging;
}
