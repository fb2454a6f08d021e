import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { EntityMention, Highlight } from '../../../electron/contract/model';
import type { IntervalIndex } from './interval-index';
import type { ReaderController } from './reader-controller';

export interface Hover {
  mention: EntityMention;
  /** Where the hovered line of the mention is drawn, in viewport coordinates. */
  rect: { left: number; top: number; bottom: number; width: number };
}

export interface PointerTargets {
  mentions: IntervalIndex<EntityMention>;
  highlights: IntervalIndex<Highlight>;
  onHighlightClick: (highlight: Highlight) => void;
  onMentionClick: (mention: EntityMention) => void;
}

function lineRect(range: Range | null, x: number, y: number): Hover['rect'] | null {
  if (!range) return null;
  const rects = Array.from(range.getClientRects());
  const rect =
    rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left - 1 && x <= r.right + 1) ?? rects[0];
  return rect ? { left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width } : null;
}

/**
 * Hover and click on marks without any per-mark element or listener: the pointer position
 * becomes a text offset (caretPositionFromPoint), then a binary search finds the mark.
 */
export function usePointerMarks(
  scroller: RefObject<HTMLElement | null>,
  controller: ReaderController,
  targets: PointerTargets,
): Hover | null {
  const [hover, setHover] = useState<Hover | null>(null);
  const latest = useRef(targets);
  latest.current = targets;

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    let hovered: EntityMention | null = null;
    let point = { x: 0, y: 0 };
    let inside = false;
    // Set by scrolling: the hovered mention may be the same but drawn elsewhere.
    let moved = false;
    // The block that shows the pointer cursor. Only that block carries it: `cursor` is
    // inherited, and switching it on the scroller made Chromium recompute the style of the
    // whole article each time a mark passed under a still pointer while scrolling.
    let pointerBlock: HTMLElement | null = null;
    const setPointerBlock = (block: HTMLElement | null) => {
      if (block === pointerBlock) return;
      if (pointerBlock) delete pointerBlock.dataset.pointer;
      if (block) block.dataset.pointer = 'mark';
      pointerBlock = block;
    };

    const resolve = () => {
      frame = 0;
      const offset = controller.offsetAtPoint(point.x, point.y);
      const mention = offset === null ? undefined : latest.current.mentions.at(offset)[0];
      const onHighlight = offset !== null && latest.current.highlights.at(offset).length > 0;
      const map = controller.map;
      setPointerBlock(
        (mention || onHighlight) && map && offset !== null
          ? (map.element(map.blockIndexAt(offset)) ?? null)
          : null,
      );
      const force = moved;
      moved = false;
      if (!force && (mention === hovered || (!mention && !hovered))) return;
      hovered = mention ?? null;
      const rect = mention
        ? lineRect(controller.map?.domRange(mention.start, mention.end) ?? null, point.x, point.y)
        : null;
      setHover(mention && rect ? { mention, rect } : null);
    };
    const onMove = (event: MouseEvent) => {
      inside = true;
      point = { x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(resolve);
    };
    const clear = () => {
      inside = false;
      cancelAnimationFrame(frame);
      frame = 0;
      hovered = null;
      setPointerBlock(null);
      setHover(null);
    };
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || !window.getSelection()?.isCollapsed) return;
      const offset = controller.offsetAtPoint(event.clientX, event.clientY);
      if (offset === null) return;
      const highlight = latest.current.highlights.at(offset)[0];
      if (highlight) return latest.current.onHighlightClick(highlight);
      const mention = latest.current.mentions.at(offset)[0];
      if (mention) latest.current.onMentionClick(mention);
    };
    element.addEventListener('mousemove', onMove, { passive: true });
    element.addEventListener('mouseleave', clear);
    // The text moves under a still pointer: look again at what is under it now.
    const onScroll = () => {
      moved = true;
      if (inside) frame ||= requestAnimationFrame(resolve);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      setPointerBlock(null);
      element.removeEventListener('mousemove', onMove);
      element.removeEventListener('mouseleave', clear);
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('click', onClick);
    };
  }, [scroller, controller]);

  return hover;
}
