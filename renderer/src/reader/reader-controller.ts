import { FLASH_LAYER, FOCUS_LAYER } from '../common/vocabulary';
import { caretAt, charContains } from './caret';
import type { Painter } from './painter';
import type { TextMap } from './text-map';

/**
 * Imperative access to the rendered article for everything outside it (side panel, shortcuts):
 * offsets under the pointer, scrolling to a passage, flashing and focusing marks. It holds no
 * React state, so jumping around a long article re-renders nothing.
 */
export class ReaderController {
  map: TextMap | null = null;
  painter: Painter | null = null;
  scroller: HTMLElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  attach(map: TextMap, painter: Painter, scroller: HTMLElement): void {
    this.map = map;
    this.painter = painter;
    this.scroller = scroller;
  }

  detach(): void {
    clearTimeout(this.flashTimer);
    this.map = null;
    this.painter = null;
    this.scroller = null;
  }

  /** The text offset of the character under a screen point, or null over margins and gaps. */
  offsetAtPoint(x: number, y: number): number | null {
    const map = this.map;
    const caret = caretAt(x, y);
    if (!map || !caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    // The caret falls between characters: the one under the pointer is after or before it.
    for (const local of [caret.offset, caret.offset - 1]) {
      if (charContains(caret.node, local, x, y)) return map.pointToOffset(caret.node, local, 'start');
    }
    return null;
  }

  /**
   * Scroll so that `[start, end)` sits in the upper middle of the view (unless it is already in
   * view), and paint around it.
   */
  scrollTo(start: number, end: number, behavior: ScrollBehavior = 'smooth'): void {
    const { map, scroller } = this;
    if (!map || !scroller) return;
    const view = scroller.getBoundingClientRect();
    // The sticky toolbar (legend, progress, find bar) covers the top of the view.
    const covered = scroller.querySelector(':scope > .reader-toolbar')?.getBoundingClientRect().bottom;
    const top = Math.max(view.top, covered ?? view.top) + 8;
    const before = map.domRange(start, end)?.getBoundingClientRect();
    if (before && before.height > 0 && before.top >= top && before.bottom <= view.bottom - 24) return;
    // Off-screen blocks are laid out with estimated sizes (content-visibility): bring the block
    // into view first (built now if it was not, article-dom.ts) so it is really laid out, then
    // measure the passage itself.
    map.nodes.ensure(map.blockIndexAt(start))?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = map.domRange(start, end)?.getBoundingClientRect();
    if (rect) {
      const target = scroller.scrollTop + rect.top - view.top - view.height * 0.35;
      scroller.scrollTo({ top: Math.max(0, target), behavior });
    }
    this.painter?.paintVisibleNow();
  }

  /** Reopen where the reader stopped: the block holding `offset` at the top of the view. */
  scrollToBlockOf(offset: number): void {
    const map = this.map;
    if (!map) return;
    // scroll-padding-top keeps the block clear of the sticky legend.
    map.nodes.ensure(map.blockIndexAt(offset))?.scrollIntoView({ block: 'start', behavior: 'instant' });
    this.painter?.paintVisibleNow();
  }

  /** Briefly mark a passage, so the eye finds it after a jump. */
  flash(start: number, end: number): void {
    const painter = this.painter;
    if (!painter) return;
    clearTimeout(this.flashTimer);
    painter.setMarks('flash', [{ start, end, layer: FLASH_LAYER }]);
    this.flashTimer = setTimeout(() => this.painter?.setMarks('flash', []), 1400);
  }

  /** Keep one passage marked as current (stepping through mentions); null clears it. */
  focus(range: { start: number; end: number } | null): void {
    this.painter?.setMarks('focus', range ? [{ ...range, layer: FOCUS_LAYER }] : []);
  }

  /** The text offset at the top of the view, for reading progress. */
  topOffset(): number {
    const { map, scroller } = this;
    if (!map || !scroller || map.blocks.length === 0) return 0;
    const top = scroller.getBoundingClientRect().top;
    let low = 0;
    let high = map.blocks.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      // A block not built yet stands in its chunk's placeholder (article-dom.ts).
      if ((map.nodes.nodeOf(mid)?.getBoundingClientRect().bottom ?? 0) > top) high = mid;
      else low = mid + 1;
    }
    return map.blocks[low]!.start;
  }
}
